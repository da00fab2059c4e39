using Graph.Analytics;
using Graph.Model;

namespace Graph.Tests.Analytics;

public sealed class ShortestPathTests
{
    [Fact]
    public void Path_from_a_person_to_a_technology_goes_through_the_company_named_by_its_alias()
    {
        // Given 王一 holding a position at 山川科技有限公司 (alias 山川公司), which develops 量子计算
        var graph = SmallGraph.TwoIslands();

        // When the path from 王一 to the alias is asked, and from the alias to the technology
        var paths = new ShortestPath(graph);
        var toAlias = paths.Between("王一", "山川公司");
        var fromAlias = paths.Between("量子计算", "山川公司");

        // Then the alias resolves to the company, and each step records the relationship and its direction
        Assert.NotNull(toAlias);
        Assert.Equal(["Person:王一", "Company:山川科技有限公司"], toAlias.Nodes.Select(n => n.Id));
        Assert.Equal((RelationshipTypes.HoldsPosition, true), (toAlias.Steps[0].Edge.Type, toAlias.Steps[0].Forward));
        Assert.NotNull(fromAlias);
        Assert.Equal((RelationshipTypes.Develops, false), (fromAlias.Steps[0].Edge.Type, fromAlias.Steps[0].Forward));
    }

    [Fact]
    public void Path_does_not_go_through_an_article()
    {
        // Given two islands mentioned by the same article
        var graph = SmallGraph.TwoIslands();

        // When a path between the islands is asked
        var path = new ShortestPath(graph).Between("王一", "新材料");

        // Then there is none (provenance is not a connection)
        Assert.Null(path);
    }

    [Fact]
    public void Path_takes_the_fewest_relationships()
    {
        // Given a long way 甲 → A → 乙 → B → 丙 and a short way where 甲 and 丙 both took part in one event
        var g = new SmallGraph();
        var p1 = g.Entity(NodeLabels.Person, "甲");
        var c1 = g.Entity(NodeLabels.Company, "一号公司");
        var p2 = g.Entity(NodeLabels.Person, "乙");
        var c2 = g.Entity(NodeLabels.Company, "二号公司");
        var p3 = g.Entity(NodeLabels.Person, "丙");
        var ev = g.Event("e1", EventTypes.Meeting, "2024-05-01");
        g.Edge(RelationshipTypes.HoldsPosition, p1, c1).Edge(RelationshipTypes.HoldsPosition, p2, c1)
            .Edge(RelationshipTypes.HoldsPosition, p2, c2).Edge(RelationshipTypes.HoldsPosition, p3, c2)
            .Edge(RelationshipTypes.ParticipatedIn, p1, ev).Edge(RelationshipTypes.ParticipatedIn, p3, ev);

        // When
        var path = new ShortestPath(g.Build()).Between("甲", "丙");

        // Then the two-hop way through the event wins
        Assert.NotNull(path);
        Assert.Equal(["Person:甲", "Event:e1", "Person:丙"], path.Nodes.Select(n => n.Id));
        Assert.Equal([true, false], path.Steps.Select(s => s.Forward));
    }

    [Fact]
    public void Unknown_name_is_reported_by_name()
    {
        var ex = Assert.Throws<UnknownEntityException>(() => new ShortestPath(SmallGraph.TwoIslands()).Between("王一", "不存在的公司"));

        Assert.Contains("不存在的公司", ex.Message);
    }

    [Fact]
    public void A_node_id_resolves_when_a_name_is_shared()
    {
        // Given 新材料 as both a Technology and an Industry
        var g = new SmallGraph();
        var org = g.Entity(NodeLabels.Organization, "河流研究院");
        g.Edge(RelationshipTypes.Develops, org, g.Entity(NodeLabels.Technology, "新材料"));
        g.Edge(RelationshipTypes.InIndustry, org, g.Entity(NodeLabels.Industry, "新材料"));
        var paths = new ShortestPath(g.Build());

        // Then the plain name gives both, the id one
        Assert.Equal(2, paths.Resolve("新材料").Length);
        Assert.Equal("Industry:新材料", Assert.Single(paths.Resolve("Industry:新材料")).Id);
    }
}
