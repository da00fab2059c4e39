using System.Collections.Immutable;
using Graph.Export;
using Graph.Model;
using Graph.View;

namespace Graph.Tests.View;

/// <summary>The projection behind `graph view`, on TestData/View/small.graphml (see the comment at its top).</summary>
public sealed class GraphViewTests
{
    internal static KnowledgeGraph Small() =>
        new GraphMlReader().ReadFile(Path.Combine(AppContext.BaseDirectory, "TestData", "View", "small.graphml"));

    private static GraphView Project(ViewScope scope = ViewScope.CompanyTechnology, string? labels = null, string? since = null, string? until = null) =>
        GraphView.Project(Small(), new ViewOptions(scope, ViewOptions.ParseLabels(labels), ViewOptions.ParseDate(since, "--since"), ViewOptions.ParseDate(until, "--until")));

    private static string[] Names(GraphView v) => [.. v.Nodes.Select(n => n.Name).Order(StringComparer.Ordinal)];

    private static string[] EdgeKeys(GraphView v) => [.. v.Edges.Select(e => $"{e.Type} {v.Nodes.Single(n => n.Id == e.Source).Name}->{v.Nodes.Single(n => n.Id == e.Target).Name}")];

    [Fact]
    public void Company_technology_keeps_organizations_technologies_and_industries_joined_by_develops_and_in_industry()
    {
        var v = Project();

        Assert.Equal(["人形机器人", "成都示例机器人科技有限公司", "智能机器人", "示例大学"], Names(v));
        Assert.Equal(["DEVELOPS 成都示例机器人科技有限公司->人形机器人", "DEVELOPS 示例大学->人形机器人", "IN_INDUSTRY 成都示例机器人科技有限公司->智能机器人"], EdgeKeys(v));
    }

    [Fact]
    public void All_drops_articles_and_the_mentions_and_reported_in_edges_and_keeps_the_rest()
    {
        var v = Project(ViewScope.All);

        Assert.DoesNotContain(v.Nodes, n => n.Label == NodeLabels.Article);
        Assert.DoesNotContain(v.Edges, e => e.Type is RelationshipTypes.Mentions or RelationshipTypes.ReportedIn);
        Assert.Equal(7, v.Edges.Length);
        Assert.Equal(8, v.Nodes.Length);
    }

    [Fact]
    public void Since_keeps_edges_with_an_article_on_or_after_the_date_and_narrows_their_provenance()
    {
        var v = Project(since: "2024-01-01");

        Assert.Equal(["DEVELOPS 成都示例机器人科技有限公司->人形机器人"], EdgeKeys(v));
        Assert.Equal(["a24"], v.Edges[0].Articles.ToArray());
        Assert.Equal(["a24"], v.Nodes.Single(n => n.Label == NodeLabels.Company).Articles.ToArray());
        Assert.Equal(["人形机器人", "成都示例机器人科技有限公司"], Names(v));
    }

    [Fact]
    public void Until_keeps_older_edges_and_an_undated_article_matches_no_range()
    {
        var v = Project(until: "2023-12-31");

        Assert.Equal(["DEVELOPS 成都示例机器人科技有限公司->人形机器人", "DEVELOPS 示例大学->人形机器人"], EdgeKeys(v));
        Assert.DoesNotContain(v.Edges, e => e.Type == RelationshipTypes.InIndustry);
    }

    [Fact]
    public void Labels_keep_edges_whose_two_ends_carry_a_listed_label_and_a_company_counts_as_an_organization()
    {
        Assert.Equal(["DEVELOPS 成都示例机器人科技有限公司->人形机器人"], EdgeKeys(Project(labels: "Company,Technology")));
        Assert.Equal(["DEVELOPS 成都示例机器人科技有限公司->人形机器人", "DEVELOPS 示例大学->人形机器人"], EdgeKeys(Project(labels: "Organization,Technology")));
    }

    [Fact]
    public void Node_provenance_is_its_mentions_and_its_edges_and_degree_is_counted_in_the_view()
    {
        var company = Project().Nodes.Single(n => n.Label == NodeLabels.Company);

        Assert.Equal(["a23", "a24", "ax"], company.Articles.ToArray());
        Assert.Equal(2, company.Degree);
        Assert.Equal(["示例机器人"], company.Aliases.ToArray());
    }

    [Fact]
    public void Analytics_degree_and_pagerank_properties_are_used_when_present()
    {
        var b = new GraphBuilder();
        var c = b.AddNode(NodeLabels.Company, PropertyMap.From([new("name", "甲公司"), new("degree", 42L), new("pagerank", 0.25)]));
        var t = b.AddNode(NodeLabels.Technology, PropertyMap.From([new("name", "大模型")]));
        b.AddEdge(RelationshipTypes.Develops, c, t, PropertyMap.From([new("articles", ImmutableArray.Create("a1"))]));

        var v = GraphView.Project(b.ToGraph(), ViewOptions.Default);

        Assert.Equal(42, v.Nodes.Single(n => n.Id == c).Degree);
        Assert.Equal(0.25, v.Nodes.Single(n => n.Id == c).PageRank);
        Assert.Equal(1, v.Nodes.Single(n => n.Id == t).Degree);
        Assert.Equal("a1", v.Articles["a1"].Title);
    }

    [Theory]
    [InlineData("Company,Nope")]
    [InlineData("Article")]
    public void Unknown_labels_are_refused_with_the_valid_ones_named(string labels)
    {
        var e = Assert.Throws<ArgumentException>(() => ViewOptions.ParseLabels(labels));
        Assert.Contains("Company,Organization", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_not_in_iso_form_is_refused_naming_the_option()
    {
        var e = Assert.Throws<ArgumentException>(() => ViewOptions.ParseDate("15/03/2024", "--since"));
        Assert.StartsWith("--since: '15/03/2024'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_layout_is_the_same_on_every_run_and_places_no_two_nodes_together()
    {
        var v = GraphView.Project(Small(), new ViewOptions(ViewScope.All, [], null, null));

        var first = ViewLayout.Compute(v);
        Assert.Equal(first.ToArray(), ViewLayout.Compute(GraphView.Project(Small(), v.Options)).ToArray());
        Assert.Equal(v.Nodes.Length, first.Distinct().Count());
    }
}
