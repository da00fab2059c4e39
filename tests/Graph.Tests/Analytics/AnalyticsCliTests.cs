using Graph.Cli;
using Graph.Export;
using Graph.Tests.EndToEnd;

namespace Graph.Tests.Analytics;

/// <summary>The stats, path and build projection commands in-process on the repo's seeds/.</summary>
public sealed class AnalyticsCliTests
{
    [Fact]
    public void Stats_on_the_seeds_succeeds()
    {
        Assert.Equal(ExitCodes.Ok, Program.CreateApp().Run(["stats", RepoPaths.Seeds, "--top", "3"]));
    }

    [Fact]
    public void Path_between_a_visiting_official_and_a_technology_of_the_visited_company_succeeds()
    {
        Assert.Equal(ExitCodes.Ok, Program.CreateApp().Run(["path", "黄强", "人形机器人", RepoPaths.Seeds]));
    }

    [Fact]
    public void Path_with_an_unknown_name_is_a_usage_error()
    {
        Assert.Equal(ExitCodes.Usage, Program.CreateApp().Run(["path", "黄强", "没有这个名字", RepoPaths.Seeds]));
    }

    [Fact]
    public void Stats_with_a_bad_date_is_a_usage_error()
    {
        Assert.Equal(ExitCodes.Usage, Program.CreateApp().Run(["stats", RepoPaths.Seeds, "--since", "15.03.2024"]));
    }

    [Fact]
    public void Build_with_a_projection_exports_only_it_with_the_figures()
    {
        // Given the seeds, when built with --only company-technology
        using var dir = new TempDir();
        var code = Program.CreateApp().Run(["build", RepoPaths.Seeds, "--out", dir.Path, "--only", "company-technology"]);

        // Then the GraphML holds only those labels and relationships, every node with degree/pagerank/component
        Assert.Equal(ExitCodes.Ok, code);
        var graph = new GraphMlReader().ReadFile(dir.Sub("graph.graphml"));
        Assert.NotEmpty(graph.Nodes);
        Assert.All(graph.Nodes, n => Assert.Contains(n.Label, new[] { "Company", "Organization", "Technology", "Industry" }));
        Assert.All(graph.Edges, e => Assert.Contains(e.Type, new[] { "DEVELOPS", "IN_INDUSTRY" }));
        Assert.All(graph.Nodes, n => Assert.True(
            n.Properties.ContainsKey("degree") && n.Properties.ContainsKey("pagerank") && n.Properties.ContainsKey("component"),
            $"{n.Id} lacks the analytics properties"));
        Assert.Contains("pagerank:double", File.ReadLines(Path.Combine(dir.Path, "neo4j-import", "Technology.csv")).First());
    }
}
