using Graph.Model;

namespace Graph.Neo4j;

/// <summary>
/// A generated knowledge graph of realistic shape (articles, officials with titles, companies with aliases, events with
/// lead and accompanying participants, technologies, industries, places) for load tests and the loader benchmark.
/// Deterministic for a seed. Names are made up from syllables; some texts carry quotes, backslashes and newlines.
/// </summary>
public static class SyntheticGraph
{
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡"];
    private static readonly string[] Given = ["明", "华", "强", "伟", "芳", "军", "磊", "洋", "勇", "杰", "涛", "静", "超", "敏", "鹏", "宇"];
    private static readonly string[] Syllables = ["云", "启", "智", "维", "联", "创", "星", "航", "锐", "达", "博", "新", "源", "腾", "远", "科"];
    private static readonly string[] Cities = ["成都", "绵阳", "德阳", "宜宾", "泸州", "南充", "乐山", "自贡"];
    private static readonly string[] Titles = ["省长", "副省长", "市委书记", "市长", "厅长", "董事长", "总经理", "院士"];
    private static readonly string[] Techs = ["人工智能", "大模型", "人形机器人", "超高清视频", "工业互联网", "低空飞行器", "量子通信", "智能传感"];
    private static readonly string[] Industries = ["智能机器人", "文旅", "低空经济", "电子信息", "生物医药", "先进制造"];

    /// <summary>A graph with about <paramref name="articles"/> × 12 nodes and × 30 relationships.</summary>
    public static KnowledgeGraph Generate(int articles, int seed = 42)
    {
        var rnd = new Random(seed);
        var b = new GraphBuilder();
        var scale = Math.Max(1, articles / 4);
        string Pick(string[] a) => a[rnd.Next(a.Length)];
        string Name(int i, int len) => string.Concat(Enumerable.Range(0, len).Select(k => Syllables[(i * 7 + k * 3 + i / Syllables.Length) % Syllables.Length])) + i;

        var locations = Cities.Select(c => b.AddNode(NodeLabels.Location, Props(("name", c)))).ToList();
        var techs = Techs.Concat(Enumerable.Range(0, scale).Select(i => "技术" + Name(i, 2)))
            .Select(t => b.AddNode(NodeLabels.Technology, Props(("name", t)))).ToList();
        var industries = Industries.Concat(Enumerable.Range(0, Math.Max(1, scale / 4)).Select(i => "产业" + Name(i, 2)))
            .Select(t => b.AddNode(NodeLabels.Industry, Props(("name", t)))).ToList();
        var companies = Enumerable.Range(0, scale * 3).Select(i =>
        {
            var city = Pick(Cities);
            var core = Name(i, 3);
            return b.AddNode(NodeLabels.Company, Props(
                ("name", $"{city}{core}科技有限公司"),
                ("aliases", new[] { core, $"{city}{core}科技公司" })));
        }).ToList();
        var orgs = Cities.Select(c => c + "市人民政府").Concat(Enumerable.Range(0, scale).Select(i => $"{Name(i, 2)}研究院"))
            .Select(o => b.AddNode(NodeLabels.Organization, Props(("name", o)))).ToList();
        var people = Enumerable.Range(0, scale * 4).Select(i => b.AddNode(NodeLabels.Person, Props(
            ("name", Pick(Surnames) + Given[i % Given.Length] + Given[(i / Given.Length) % Given.Length] + (i / (Given.Length * Given.Length) is var g and > 0 ? g.ToString() : "")),
            ("titles", new[] { Pick(Titles) })))).Distinct().ToList();

        foreach (var c in companies.Concat(orgs))
        {
            var isCompany = c.StartsWith(NodeLabels.Company + ":", StringComparison.Ordinal);
            var src = new[] { $"a{rnd.Next(articles)}" };
            b.AddEdge(RelationshipTypes.LocatedIn, c, locations[rnd.Next(locations.Count)], Props(("articles", src)));
            if (isCompany)
            {
                b.AddEdge(RelationshipTypes.Develops, c, techs[rnd.Next(techs.Count)], Props(("articles", src)));
                b.AddEdge(RelationshipTypes.InIndustry, c, industries[rnd.Next(industries.Count)], Props(("articles", src)));
            }
        }

        var types = EventTypes.All;
        for (var a = 0; a < articles; a++)
        {
            var aid = $"a{a}";
            var date = new DateOnly(2023, 1, 1).AddDays(rnd.Next(700)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var article = b.AddNode(NodeLabels.Article, Props(
                ("id", aid), ("title", $"第{a}篇 \"调研\" 报道 'quoted' \\ path"), ("url", $"https://example.gov.cn/{date}/{a}.html"),
                ("date", date), ("source", $"article-{a:D5}.txt")));
            var prov = Props(("articles", new[] { aid }));
            var lead = people[rnd.Next(people.Count)];
            var evType = a % 3 == 0 ? EventTypes.Visit : types[rnd.Next(types.Length)];
            var ev = b.AddNode(NodeLabels.Event, Props(
                ("id", $"e{a}"), ("type", evType), ("date", date), ("summary", $"{b.NodeCount}号活动\n第二行\t含制表符")));
            b.AddEdge(RelationshipTypes.ReportedIn, ev, article, prov);
            b.AddEdge(RelationshipTypes.ParticipatedIn, lead, ev, prov.With("role", "lead"));
            b.AddEdge(RelationshipTypes.HoldsPosition, lead, orgs[rnd.Next(Cities.Length)], prov.With("title", Pick(Titles)));
            b.AddEdge(RelationshipTypes.LocatedIn, ev, locations[rnd.Next(locations.Count)], prov);
            b.AddEdge(RelationshipTypes.Mentions, article, lead, prov.With("count", 2L));
            b.AddEdge(RelationshipTypes.Mentions, article, ev, prov.With("count", 1L));
            for (var k = 0; k < 3; k++)
            {
                var p = people[rnd.Next(people.Count)];
                if (p != lead)
                {
                    b.AddEdge(RelationshipTypes.ParticipatedIn, p, ev, prov.With("role", "accompany"));
                    b.AddEdge(RelationshipTypes.Mentions, article, p, prov.With("count", 1L));
                }
            }

            for (var k = 0; k < 2; k++)
            {
                var c = k == 0 || rnd.Next(2) == 0 ? companies[rnd.Next(companies.Count)] : orgs[rnd.Next(orgs.Count)];
                b.AddEdge(RelationshipTypes.Involved, ev, c, prov);
                b.AddEdge(RelationshipTypes.Mentions, article, c, prov.With("count", 1L));
            }

            b.AddEdge(RelationshipTypes.Mentions, article, techs[rnd.Next(techs.Count)], prov.With("count", 1L));
            b.AddEdge(RelationshipTypes.Mentions, article, industries[rnd.Next(industries.Count)], prov.With("count", 1L));
            b.AddEdge(RelationshipTypes.Mentions, article, locations[rnd.Next(locations.Count)], prov.With("count", 1L));
        }

        return b.ToGraph();
    }

    private static PropertyMap Props(params (string Key, object Value)[] values) =>
        PropertyMap.From(values.Select(v => new KeyValuePair<string, object?>(v.Key, v.Value)));
}
