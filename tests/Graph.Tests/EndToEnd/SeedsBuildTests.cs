using Graph.Export;
using Graph.Model;

namespace Graph.Tests.EndToEnd;

/// <summary>The repo's seeds/ folder built end to end through the library and the exports on disk.</summary>
public sealed class SeedsBuildTests
{
    [Fact]
    public void Seeds_graphml_loads_in_networkx_with_the_node_and_edge_counts_of_the_built_graph()
    {
        // given the seeds folder
        using var tmp = new TempDir();

        // when it is built and exported
        var result = Builds.BuildAndExport(RepoPaths.Seeds, tmp.Path);

        // then networkx reads the GraphML with exactly the graph's node and edge counts (the numbers the summary prints)
        Assert.NotEmpty(result.Graph.Nodes);
        Assert.NotEmpty(result.Graph.Edges);
        var (nodes, edges) = Processes.NetworkxCounts(Path.Combine(tmp.Path, ExportWriter.GraphMlFileName));
        Assert.Equal(result.Graph.Nodes.Length, nodes);
        Assert.Equal(result.Graph.Edges.Length, edges);
    }

    [Fact]
    public void Building_the_seeds_twice_gives_byte_identical_graphml_and_neo4j_import_files()
    {
        // given two output folders
        using var tmp = new TempDir();

        // when the seeds are built into each
        Builds.BuildAndExport(RepoPaths.Seeds, tmp.Sub("first"));
        Builds.BuildAndExport(RepoPaths.Seeds, tmp.Sub("second"));

        // then every exported file has the same bytes
        Builds.AssertSameExports(tmp.Sub("first"), tmp.Sub("second"));
    }

    [Fact]
    public void One_and_two_extraction_threads_give_byte_identical_exports()
    {
        // given two output folders
        using var tmp = new TempDir();

        // when the seeds are built with one thread and with two
        Builds.BuildAndExport(RepoPaths.Seeds, tmp.Sub("t1"), threads: 1);
        Builds.BuildAndExport(RepoPaths.Seeds, tmp.Sub("t2"), threads: 2);

        // then the exports are the same bytes
        Builds.AssertSameExports(tmp.Sub("t1"), tmp.Sub("t2"));
    }

    [Fact]
    public void Every_seed_article_is_an_article_node_with_source_id_title_and_url()
    {
        // given the seed files
        var files = Directory.EnumerateFiles(RepoPaths.Seeds, "*.txt").Select(Path.GetFileName).ToList();
        Assert.NotEmpty(files);
        using var tmp = new TempDir();

        // when they are built
        var result = Builds.BuildAndExport(RepoPaths.Seeds, tmp.Path);

        // then each file is one Article node carrying source, id, title and url, and none was skipped
        Assert.Empty(result.Skipped);
        var articles = result.Graph.Nodes.Where(n => n.Label == NodeLabels.Article).ToList();
        foreach (var file in files)
        {
            var node = Assert.Single(articles, a => a.Properties.GetString("source") == file);
            foreach (var key in new[] { "id", "title", "url" })
            {
                Assert.False(string.IsNullOrWhiteSpace(node.Properties.GetString(key)), $"Article node for {file} has no '{key}'.");
            }
        }

        Assert.Equal(files.Count, articles.Count);
    }
}
