using Graph.Analytics;
using Graph.Model;

namespace Graph.Tests.Analytics;

public sealed class ProjectionTests
{
    /// <summary>
    /// a1 2024-01-10: 王一 HOLDS_POSITION 山川公司, 山川公司 IN_INDUSTRY 信息技术; a2 2024-06-01: 山川公司 DEVELOPS 量子计算;
    /// a3 undated: LOCATED_IN 北城, and the event e1 (2024-06-05) with 王一 and 山川公司; 河流研究院 has no relationship.
    /// </summary>
    private static KnowledgeGraph Sample()
    {
        var g = new SmallGraph();
        var a1 = g.Article("a1", "2024-01-10");
        var a2 = g.Article("a2", "2024-06-01");
        var a3 = g.Article("a3", null);
        var person = g.Entity(NodeLabels.Person, "王一");
        var company = g.Entity(NodeLabels.Company, "山川科技有限公司");
        var tech = g.Entity(NodeLabels.Technology, "量子计算");
        var industry = g.Entity(NodeLabels.Industry, "信息技术");
        var place = g.Entity(NodeLabels.Location, "北城");
        g.Entity(NodeLabels.Organization, "河流研究院");
        var ev = g.Event("e1", EventTypes.Visit, "2024-06-05");
        g.Edge(RelationshipTypes.HoldsPosition, person, company, "a1")
            .Edge(RelationshipTypes.InIndustry, company, industry, "a1")
            .Edge(RelationshipTypes.Develops, company, tech, "a2")
            .Edge(RelationshipTypes.LocatedIn, company, place, "a3")
            .Edge(RelationshipTypes.Involved, ev, company, "a3")
            .Edge(RelationshipTypes.ParticipatedIn, person, ev, "a3")
            .Edge(RelationshipTypes.Mentions, a1, person, "a1")
            .Edge(RelationshipTypes.Mentions, a2, tech, "a2")
            .Edge(RelationshipTypes.Mentions, a3, place, "a3");
        return g.Build();
    }

    private static string[] NodeIds(KnowledgeGraph g) => [.. g.Nodes.Select(n => n.Id).Order(StringComparer.Ordinal)];

    private static string[] EdgeTypes(KnowledgeGraph g) => [.. g.Edges.Select(e => e.Type).Order(StringComparer.Ordinal)];

    [Fact]
    public void Company_technology_keeps_organizations_technologies_and_industries_that_are_linked()
    {
        var projected = GraphProjection.Project(Sample(), Projection.Parse("company-technology", null, null, null));

        Assert.Equal(["Company:山川科技有限公司", "Industry:信息技术", "Technology:量子计算"], NodeIds(projected));
        Assert.Equal([RelationshipTypes.Develops, RelationshipTypes.InIndustry], EdgeTypes(projected));
    }

    [Fact]
    public void Labels_keep_their_nodes_and_the_relationships_between_them_and_Organization_includes_companies()
    {
        var projected = GraphProjection.Project(Sample(), Projection.Parse(null, "person, organization", null, null));

        Assert.Equal(["Company:山川科技有限公司", "Organization:河流研究院", "Person:王一"], NodeIds(projected));
        Assert.Equal([RelationshipTypes.HoldsPosition], EdgeTypes(projected));
    }

    [Fact]
    public void Since_keeps_relationships_from_later_articles_and_events_with_their_nodes()
    {
        var projected = GraphProjection.Project(Sample(), Projection.Parse(null, null, "2024-06-01", null));

        Assert.Equal(["Article:a2", "Company:山川科技有限公司", "Event:e1", "Person:王一", "Technology:量子计算"], NodeIds(projected));
        Assert.Equal(
            [RelationshipTypes.Develops, RelationshipTypes.Involved, RelationshipTypes.Mentions, RelationshipTypes.ParticipatedIn],
            EdgeTypes(projected));
    }

    [Fact]
    public void Until_keeps_relationships_from_earlier_articles_only()
    {
        var projected = GraphProjection.Project(Sample(), Projection.Parse(null, null, null, "2024-01-31"));

        Assert.Equal(["Article:a1", "Company:山川科技有限公司", "Industry:信息技术", "Person:王一"], NodeIds(projected));
        Assert.Equal([RelationshipTypes.HoldsPosition, RelationshipTypes.InIndustry, RelationshipTypes.Mentions], EdgeTypes(projected));
    }

    [Fact]
    public void No_projection_returns_the_graph_unchanged()
    {
        var graph = Sample();

        Assert.Same(graph, GraphProjection.Project(graph, Projection.Parse(null, null, null, null)));
    }

    [Theory]
    [InlineData("people-only", null, null, null, "--only")]
    [InlineData(null, "Person,Robot", null, null, "'Robot'")]
    [InlineData(null, " , ", null, null, "--labels is empty")]
    [InlineData(null, null, "2024/03/15", null, "--since '2024/03/15'")]
    [InlineData(null, null, "2024-06-01", "2024-01-01", "is after --until")]
    public void Bad_options_are_rejected_with_a_message_naming_the_option(string? only, string? labels, string? since, string? until, string expected)
    {
        var ex = Assert.Throws<ProjectionException>(() => Projection.Parse(only, labels, since, until));

        Assert.Contains(expected, ex.Message);
    }
}
