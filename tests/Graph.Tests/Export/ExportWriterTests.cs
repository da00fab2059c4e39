using Graph.Export;
using Graph.Model;

namespace Graph.Tests.Export;

public sealed class ExportWriterTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"graph-export-test-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void Export_creates_the_folder_with_graphml_and_neo4j_import_files_and_no_temporaries()
    {
        var outDir = Path.Combine(_root, "nested", "graph-exports");

        var result = new ExportWriter().Write(ExportSample.Build(), outDir);

        Assert.Equal(File.ReadAllBytes(Path.Combine(Golden.DataDir, "graph.graphml")), File.ReadAllBytes(result.GraphMlPath));
        var expectedImport = Directory.GetFiles(Path.Combine(Golden.DataDir, "neo4j-import")).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal);
        Assert.Equal(expectedImport, Directory.GetFiles(result.Neo4jImportDirectory).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal));
        Assert.Equal(["graph.graphml", "neo4j-import"], Directory.GetFileSystemEntries(outDir).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal));
        if (!OperatingSystem.IsWindows())
        {
            Assert.True(File.GetUnixFileMode(Path.Combine(result.Neo4jImportDirectory, "import.sh")).HasFlag(UnixFileMode.UserExecute), "import.sh should be executable");
        }
    }

    [Fact]
    public void Re_export_replaces_stale_csv_files_and_leaves_other_files_alone()
    {
        var outDir = Path.Combine(_root, "out");
        new ExportWriter().Write(ExportSample.Build(), outDir);
        File.WriteAllText(Path.Combine(outDir, "neo4j-import", "OldLabel.csv"), "stale");
        File.WriteAllText(Path.Combine(outDir, "graph.cypher"), "// written by the cypher exporter");

        new ExportWriter().Write(ExportSample.Build(), outDir);

        Assert.False(File.Exists(Path.Combine(outDir, "neo4j-import", "OldLabel.csv")));
        Assert.Equal("// written by the cypher exporter", File.ReadAllText(Path.Combine(outDir, "graph.cypher")));
    }

    [Fact]
    public void Failed_export_keeps_the_previous_graphml_whole_and_leaves_no_temporaries()
    {
        // given a finished export
        var outDir = Path.Combine(_root, "out");
        new ExportWriter().Write(ExportSample.Build(), outDir);
        var before = File.ReadAllBytes(Path.Combine(outDir, "graph.graphml"));

        // when a graph whose node ids collide once forbidden characters are dropped fails half-way through writing
        var b = new GraphBuilder();
        b.AddNode(NodeLabels.Organization, ExportSample.Props(("name", "甲")));
        b.AddNode(NodeLabels.Organization, ExportSample.Props(("name", "甲\u0001")));
        var error = Assert.Throws<ExportException>(() => new ExportWriter().Write(b.ToGraph(), outDir));

        // then the message names both nodes, and the previous export is untouched
        Assert.Contains("Organization:甲", error.Message);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(outDir, "graph.graphml")));
        Assert.Equal(["graph.graphml", "neo4j-import"], Directory.GetFileSystemEntries(outDir).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Yed_export_writes_graph_yed_graphml_beside_the_others_and_leaves_them_alone()
    {
        // given a finished export
        var outDir = Path.Combine(_root, "out");
        new ExportWriter().Write(ExportSample.Build(), outDir);
        var before = File.ReadAllBytes(Path.Combine(outDir, "graph.graphml"));

        // when the yEd profile is written into the same folder
        var path = new ExportWriter().WriteGraphMl(ExportSample.Build(), outDir, GraphMlProfile.Yed);

        // then graph.yed.graphml equals its golden file, and graph.graphml is untouched
        Assert.Equal(Path.Combine(outDir, "graph.yed.graphml"), path);
        Assert.Equal(File.ReadAllBytes(Path.Combine(Golden.DataDir, "graph.yed.graphml")), File.ReadAllBytes(path));
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(outDir, "graph.graphml")));
        Assert.Equal(["graph.graphml", "graph.yed.graphml", "neo4j-import"], Directory.GetFileSystemEntries(outDir).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal));
    }
}
