using Graph.Export;
using Graph.Pipeline;

namespace Graph.Tests.EndToEnd;

/// <summary>Library-level builds with their exports on disk.</summary>
internal static class Builds
{
    public static PipelineResult BuildAndExport(string input, string outDir, int threads = 0)
    {
        var result = new GraphPipeline(threads: threads).Build([input]);
        new ExportWriter().Write(result.Graph, outDir);
        return result;
    }

    /// <summary>Every file of an export folder (relative path → bytes), in ordinal path order.</summary>
    public static SortedDictionary<string, byte[]> ExportFiles(string outDir)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var f in Directory.EnumerateFiles(outDir, "*", SearchOption.AllDirectories))
        {
            files[Path.GetRelativePath(outDir, f)] = File.ReadAllBytes(f);
        }

        return files;
    }

    public static void AssertSameExports(string expectedDir, string actualDir)
    {
        var expected = ExportFiles(expectedDir);
        var actual = ExportFiles(actualDir);
        Assert.Contains(ExportWriter.GraphMlFileName, expected.Keys);
        Assert.Contains(expected.Keys, k => k.StartsWith(ExportWriter.Neo4jImportFolderName + Path.DirectorySeparatorChar, StringComparison.Ordinal));
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (name, bytes) in expected)
        {
            var other = actual[name];
            Assert.True(bytes.AsSpan().SequenceEqual(other), $"{name} differs between the two builds ({bytes.Length} vs {other.Length} bytes, first difference at byte {bytes.AsSpan().CommonPrefixLength(other)}).");
        }
    }
}
