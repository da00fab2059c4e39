using System.Text;
using Graph.Analytics;
using Graph.Export;
using Graph.Model;
using Graph.Neo4j;

namespace Graph.Cli;

/// <summary>Writes every export of a build into one folder: graph.graphml, neo4j-import/, graph.cypher (and graph.yed.graphml with --yed).</summary>
internal static class BuildOutputs
{
    public const string CypherFileName = "graph.cypher";

    /// <summary>The graph every export writes: the projection kept, then annotated with degree, pagerank and component.</summary>
    public static KnowledgeGraph Prepare(KnowledgeGraph graph, Projection projection) =>
        GraphAnalytics.Annotate(GraphProjection.Project(graph, projection));

    public static IReadOnlyList<string> Write(KnowledgeGraph graph, string outDir, bool yed = false)
    {
        var result = new ExportWriter().Write(graph, outDir);
        var yedPath = yed ? new ExportWriter().WriteGraphMl(graph, outDir, GraphMlProfile.Yed) : null;
        var cypherPath = Path.Combine(ExportWriter.CreateFolder(outDir), CypherFileName);
        ExportWriter.WriteFileAtomically(cypherPath, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
            new CypherScriptWriter(writer).Write(graph);
        });
        return yedPath is null
            ? [result.GraphMlPath, result.Neo4jImportDirectory, cypherPath]
            : [result.GraphMlPath, yedPath, result.Neo4jImportDirectory, cypherPath];
    }
}
