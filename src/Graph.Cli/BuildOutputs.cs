using Graph.Export;
using Graph.Model;

namespace Graph.Cli;

/// <summary>Writes every export of a build into one folder.</summary>
internal static class BuildOutputs
{
    public static IReadOnlyList<string> Write(KnowledgeGraph graph, string outDir)
    {
        var result = new ExportWriter().Write(graph, outDir);
        return [result.GraphMlPath, result.Neo4jImportDirectory];
    }
}
