using System.Text;
using Graph.Export;
using Graph.Model;
using Graph.Neo4j;

namespace Graph.Cli;

/// <summary>Writes every export of a build into one folder: graph.graphml, neo4j-import/, graph.cypher.</summary>
internal static class BuildOutputs
{
    public const string CypherFileName = "graph.cypher";

    public static IReadOnlyList<string> Write(KnowledgeGraph graph, string outDir)
    {
        var result = new ExportWriter().Write(graph, outDir);
        var cypherPath = Path.Combine(Path.GetFullPath(outDir), CypherFileName);
        var temp = cypherPath + ".tmp";
        using (var stream = File.Create(temp))
        using (var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\n" })
        {
            new CypherScriptWriter(writer).Write(graph);
        }

        File.Move(temp, cypherPath, overwrite: true);
        return [result.GraphMlPath, result.Neo4jImportDirectory, cypherPath];
    }
}
