using System.Collections.Immutable;
using Graph.Model;

namespace Graph.Tests.Export;

/// <summary>
/// The small hand-built graph behind the export golden files: a Company, two Organizations, a Person with titles, an
/// Event, two Articles, typed values (long, double, bool, lists) and names holding quotes, &lt;&amp;&gt;, ';' in a list
/// item and (when <c>dirty</c>) characters XML 1.0 forbids. <c>Build(dirty: false)</c> is the same graph with those
/// characters already dropped, i.e. what reading the export back must give.
/// </summary>
internal static class ExportSample
{
    public static KnowledgeGraph Build(bool dirty = true)
    {
        string D(string clean, string forbidden) => dirty ? forbidden : clean;

        var b = new GraphBuilder();
        var a1 = b.AddNode(NodeLabels.Article, Props(
            ("id", "a1"), ("title", "Visit to \"Example\" <Robotics> & Co"), ("url", "https://example.org/2024/03/15/a1.html"),
            ("date", "2024-03-15"), ("source", "a1.txt"), ("verified", true)));
        var a2 = b.AddNode(NodeLabels.Article, Props(("id", "a2"), ("title", "Second, with comma"), ("source", "a2.txt"), ("verified", false)));
        var person = b.AddNode(NodeLabels.Person, Props(("name", "张三"), ("titles", List("省长", "董事长"))));
        var company = b.AddNode(NodeLabels.Company, Props(
            ("name", "成都示例机器人科技有限公司"), ("aliases", List("示例", "示例;机器人", "\"示例\" <&>"))));
        var gov = b.AddNode(NodeLabels.Organization, Props(("name", "四川省示例厅")));
        var dirtyOrg = b.AddNode(NodeLabels.Organization, Props(
            ("name", D("Bad Name \"Q\" <&> 'x'", "Bad\u0000 Name\u0001 \"Q\" <&>\uFFFE 'x'\uD800"))));
        var tech = b.AddNode(NodeLabels.Technology, Props(("name", "人工智能")));
        var place = b.AddNode(NodeLabels.Location, Props(("name", "成都")));
        var ev = b.AddNode(NodeLabels.Event, Props(
            ("id", "ev1"), ("type", EventTypes.Visit), ("date", "2024-03-15"), ("confidence", 0.75),
            ("summary", D("Line one\r\nline two\twith tab 😀", "Line one\u000B\r\nline two\twith tab\u001F 😀\uFFFF"))));

        b.AddEdge(RelationshipTypes.Mentions, a1, person, Props(("count", 2L), ("articles", List("a1"))));
        b.AddEdge(RelationshipTypes.Mentions, a1, company, Props(("count", 1L), ("articles", List("a1"))));
        b.AddEdge(RelationshipTypes.Mentions, a2, dirtyOrg, Props(("count", 1L), ("articles", List("a2"))));
        b.AddEdge(RelationshipTypes.ReportedIn, ev, a1, Props(("articles", List("a1"))));
        b.AddEdge(RelationshipTypes.ParticipatedIn, person, ev, Props(("role", "lead"), ("articles", List("a1"))));
        b.AddEdge(RelationshipTypes.Involved, ev, company, Props(("articles", List("a1", "a2"))));
        b.AddEdge(RelationshipTypes.Involved, ev, gov, Props(("articles", List("a2"))));
        b.AddEdge(RelationshipTypes.HoldsPosition, person, gov, Props(("title", "省长"), ("articles", List("a1"))));
        b.AddEdge(RelationshipTypes.Develops, company, tech, Props(("articles", List("a1", "a2"))));
        b.AddEdge(RelationshipTypes.LocatedIn, company, place, Props(("articles", List("a1"))));
        b.AddEdge(RelationshipTypes.LocatedIn, dirtyOrg, place, Props(("articles", List(D("a2", "a\u00002")))));
        return b.ToGraph();
    }

    public static PropertyMap Props(params (string Key, object Value)[] values) =>
        PropertyMap.From(values.Select(v => new KeyValuePair<string, object?>(v.Key, v.Value)));

    private static ImmutableArray<string> List(params string[] items) => [.. items];
}
