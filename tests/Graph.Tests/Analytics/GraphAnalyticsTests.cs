using Graph.Analytics;
using Graph.Export;
using Graph.Model;

namespace Graph.Tests.Analytics;

public sealed class GraphAnalyticsTests
{
    [Fact]
    public void PageRank_of_a_star_puts_the_centre_first_leaves_equal_and_sums_to_one()
    {
        // Given a company developing four technologies
        var graph = SmallGraph.Star(4);

        // When the analytics run
        var metrics = GraphAnalytics.Compute(graph).Metrics;

        // Then the centre has the closed-form undirected rank (1 + d·n) / (N·(1 + d)), the leaves share the rest equally
        const double d = PageRank.Damping;
        var centre = metrics["Company:星海科技有限公司"].PageRank;
        Assert.Equal((1 + d * 4) / (5 * (1 + d)), centre, 6);
        var leaves = Enumerable.Range(0, 4).Select(i => metrics[$"Technology:技术{i}"].PageRank).ToList();
        Assert.All(leaves, l => Assert.Equal(leaves[0], l));
        Assert.True(centre > leaves[0]);
        Assert.Equal(1.0, metrics.Values.Sum(m => m.PageRank), 5);
        Assert.Equal(4, metrics["Company:星海科技有限公司"].Degree);
        Assert.Equal(1, metrics["Technology:技术0"].Degree);
    }

    [Fact]
    public void Two_islands_are_two_components_numbered_by_size_and_provenance_does_not_join_them()
    {
        // Given two islands and a lone node, all mentioned by the same article
        var graph = SmallGraph.TwoIslands();

        // When the analytics run
        var result = GraphAnalytics.Compute(graph);

        // Then the larger island is component 1, the smaller 2, the loner 3; Articles get no figures
        Assert.Equal([(1L, 3), (2L, 2), (3L, 1)], result.Components.Select(c => (c.Number, c.Size)));
        Assert.Equal(1, result.Metrics["Person:王一"].Component);
        Assert.Equal(1, result.Metrics["Technology:量子计算"].Component);
        Assert.Equal(2, result.Metrics["Organization:河流研究院"].Component);
        Assert.Equal(3, result.Metrics["Technology:孤岛技术"].Component);
        Assert.False(result.Metrics.ContainsKey("Article:a1"));

        // And MENTIONS does not count in the degree
        Assert.Equal(2, result.Metrics["Company:山川科技有限公司"].Degree);
        Assert.Equal(0, result.Metrics["Technology:孤岛技术"].Degree);
    }

    [Fact]
    public void Annotated_graph_carries_degree_pagerank_and_component_through_GraphML()
    {
        // Given an annotated graph
        var graph = SmallGraph.TwoIslands();
        var annotated = GraphAnalytics.Annotate(graph);

        // When it is written to GraphML and read back
        var xml = new GraphMlWriter().WriteToString(annotated);
        var back = new GraphMlReader().Read(new StringReader(xml));

        // Then the figures are typed node properties, equal to the computed ones; Articles carry none
        var metrics = GraphAnalytics.Compute(graph).Metrics;
        var company = back.Node("Company:山川科技有限公司").Properties;
        Assert.Equal(2L, company["degree"]);
        Assert.Equal(1L, company["component"]);
        Assert.Equal(metrics["Company:山川科技有限公司"].PageRank, Assert.IsType<double>(company["pagerank"]));
        Assert.False(back.Node("Article:a1").Properties.ContainsKey("pagerank"));
        Assert.Contains("attr.name=\"pagerank\" attr.type=\"double\"", xml);

        // And the same graph annotated again writes the same bytes
        Assert.Equal(xml, new GraphMlWriter().WriteToString(GraphAnalytics.Annotate(back)));
    }

    [Fact]
    public void PageRank_is_rounded_to_fixed_decimals()
    {
        var metrics = GraphAnalytics.Compute(SmallGraph.Star(3)).Metrics;

        Assert.All(metrics.Values, m => Assert.Equal(Math.Round(m.PageRank, GraphAnalytics.PageRankDecimals), m.PageRank));
    }
}
