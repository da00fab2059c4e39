using Graph.Model;

namespace Graph.Tests.Analytics;

/// <summary>Hand-built graphs with known answers, made with the real <see cref="GraphBuilder"/>.</summary>
internal sealed class SmallGraph
{
    private readonly GraphBuilder _b = new();

    public string Article(string id, string? date) =>
        _b.AddNode(NodeLabels.Article, PropertyMap.From([new("id", id), new("title", "标题" + id), new("date", date)]));

    public string Entity(string label, string name, params string[] aliases) =>
        _b.AddNode(label, aliases.Length == 0
            ? PropertyMap.From([new("name", name)])
            : PropertyMap.From([new("name", name), new("aliases", aliases)]));

    public string Event(string id, string type, string? date) =>
        _b.AddNode(NodeLabels.Event, PropertyMap.From([new("id", id), new("type", type), new("date", date), new("summary", "活动" + id)]));

    public SmallGraph Edge(string type, string source, string target, params string[] articleIds)
    {
        _b.AddEdge(type, source, target, PropertyMap.From([new("articles", articleIds.Length == 0 ? ["a1"] : articleIds)]));
        return this;
    }

    public KnowledgeGraph Build() => _b.ToGraph();

    /// <summary>A company developing <paramref name="leaves"/> technologies: the centre of a star.</summary>
    public static KnowledgeGraph Star(int leaves)
    {
        var g = new SmallGraph();
        var centre = g.Entity(NodeLabels.Company, "星海科技有限公司");
        for (var i = 0; i < leaves; i++)
        {
            g.Edge(RelationshipTypes.Develops, centre, g.Entity(NodeLabels.Technology, $"技术{i}"));
        }

        return g.Build();
    }

    /// <summary>
    /// Two islands and a loner: 王一 → 山川公司 → 量子计算 (3 nodes), 河流研究院 → 新材料 (2 nodes), 孤岛技术 alone,
    /// all mentioned by one article (provenance must not join them).
    /// </summary>
    public static KnowledgeGraph TwoIslands()
    {
        var g = new SmallGraph();
        var a = g.Article("a1", "2024-03-15");
        var person = g.Entity(NodeLabels.Person, "王一");
        var company = g.Entity(NodeLabels.Company, "山川科技有限公司", "山川公司");
        var quantum = g.Entity(NodeLabels.Technology, "量子计算");
        var institute = g.Entity(NodeLabels.Organization, "河流研究院");
        var material = g.Entity(NodeLabels.Technology, "新材料");
        var lone = g.Entity(NodeLabels.Technology, "孤岛技术");
        g.Edge(RelationshipTypes.HoldsPosition, person, company)
            .Edge(RelationshipTypes.Develops, company, quantum)
            .Edge(RelationshipTypes.Develops, institute, material);
        foreach (var e in new[] { person, company, quantum, institute, material, lone })
        {
            g.Edge(RelationshipTypes.Mentions, a, e);
        }

        return g.Build();
    }
}
