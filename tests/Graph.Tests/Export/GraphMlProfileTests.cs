using System.Text;
using System.Text.Json;
using System.Xml;
using Graph.Export;
using Graph.Model;

namespace Graph.Tests.Export;

public sealed class GraphMlProfileTests
{
    private const string G = "http://graphml.graphdrawing.org/xmlns";
    private const string Y = "http://www.yworks.com/xml/graphml";

    private static byte[] Write(GraphMlProfile profile, KnowledgeGraph? graph = null)
    {
        using var ms = new MemoryStream();
        new GraphMlWriter(profile).Write(graph ?? ExportSample.Build(), ms);
        return ms.ToArray();
    }

    private static XmlDocument Load(byte[] bytes)
    {
        var doc = new XmlDocument();
        doc.Load(new MemoryStream(bytes));
        return doc;
    }

    private static XmlNamespaceManager Ns(XmlDocument doc)
    {
        var ns = new XmlNamespaceManager(doc.NameTable);
        ns.AddNamespace("g", G);
        ns.AddNamespace("y", Y);
        return ns;
    }

    [Fact]
    public void Default_profile_is_valid_graphml_with_apocs_attributes_declared()
    {
        // given the sample written in the default (APOC) profile, when validated against GraphML + the APOC declaration
        var problems = GraphMlSchemas.Problems(Write(GraphMlProfile.Apoc), "graphml-apoc.xsd");

        // then there is no error or warning
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Default_profile_departs_from_plain_graphml_only_by_apocs_three_attributes()
    {
        // given the default profile validated against plain GraphML (no APOC declaration)
        var problems = GraphMlSchemas.Problems(Write(GraphMlProfile.Apoc), "graphml.xsd");

        // then every complaint is about labels= on a node, label= on an edge or attr.list= on a key, and all three occur
        var apoc = new[] { "'labels' attribute", "'label' attribute", "'attr.list' attribute" };
        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.Contains(apoc, a => p.Contains(a, StringComparison.Ordinal)));
        Assert.All(apoc, a => Assert.Contains(problems, p => p.Contains(a, StringComparison.Ordinal)));
    }

    [Fact]
    public void Schema_check_rejects_data_with_an_undeclared_key_and_a_dangling_edge()
    {
        // given a default file broken by hand: a data element naming no key, an edge to a node that is not there
        var text = new System.Text.RegularExpressions.Regex("source=\"[^\"]+\"").Replace(
            Encoding.UTF8.GetString(Write(GraphMlProfile.Apoc))
                .Replace("<data key=\"n_url\">", "<data key=\"n_nowhere\">", StringComparison.Ordinal),
            "source=\"n999\"",
            1);

        var problems = GraphMlSchemas.Problems(Encoding.UTF8.GetBytes(text), "graphml-apoc.xsd");

        // then the validator names both
        Assert.Contains(problems, p => p.Contains("n_nowhere", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("n999", StringComparison.Ordinal));
    }

    [Fact]
    public void Yed_profile_is_valid_graphml_with_apoc_and_yfiles_hooks()
    {
        var problems = GraphMlSchemas.Problems(Write(GraphMlProfile.Yed), "graphml-yed.xsd");

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData(GraphMlProfile.Apoc, "graphml-apoc.xsd")]
    [InlineData(GraphMlProfile.Yed, "graphml-yed.xsd")]
    public void Graph_built_from_the_seed_articles_validates_in_each_profile(GraphMlProfile profile, string schema)
    {
        // given the graph the pipeline builds from the repo's seed articles (real names, titles, events)
        var graph = new Graph.Pipeline.GraphPipeline().Build([EndToEnd.RepoPaths.Seeds]).Graph;
        Assert.NotEmpty(graph.Nodes);

        // when written in the profile and validated, then nothing is out of schema
        var problems = GraphMlSchemas.Problems(Write(profile, graph), schema);
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
    }

    [Fact]
    public void Yed_profile_is_written_exactly_as_the_golden_file_and_twice_the_same()
    {
        var first = Write(GraphMlProfile.Yed);

        Assert.Equal(first, Write(GraphMlProfile.Yed));
        Golden.AssertMatches("graph.yed.graphml", first);
    }

    [Fact]
    public void Nodes_carry_a_gephi_label_key_with_their_display_name_apart_from_apoc_labels_and_the_edge_label()
    {
        var doc = Load(Write(GraphMlProfile.Apoc));
        var ns = Ns(doc);

        // then one node key is named 'label', with an id of its own, beside APOC's 'labels' and the edge 'label' key
        var keys = doc.SelectNodes("/g:graphml/g:key", ns)!.Cast<XmlElement>().ToList();
        var nodeLabel = Assert.Single(keys, k => k.GetAttribute("for") == "node" && k.GetAttribute("attr.name") == "label");
        var edgeLabel = Assert.Single(keys, k => k.GetAttribute("for") == "edge" && k.GetAttribute("attr.name") == "label");
        Assert.Single(keys, k => k.GetAttribute("for") == "node" && k.GetAttribute("attr.name") == "labels");
        Assert.NotEqual(nodeLabel.GetAttribute("id"), edgeLabel.GetAttribute("id"));
        Assert.Equal("string", nodeLabel.GetAttribute("attr.type"));

        // and each node's label is its name, an Article's title, an Event's type and date
        string LabelOf(string property, string value)
        {
            var node = doc.SelectNodes("//g:node", ns)!.Cast<XmlElement>()
                .Single(n => n.SelectSingleNode($"g:data[@key='n_{property}']", ns)?.InnerText == value);
            return node.SelectSingleNode($"g:data[@key='{nodeLabel.GetAttribute("id")}']", ns)!.InnerText;
        }

        Assert.Equal("张三", LabelOf("name", "张三"));
        Assert.Equal("Second, with comma", LabelOf("id", "a2"));
        Assert.Equal("visit 2024-03-15", LabelOf("id", "ev1"));
        Assert.Equal(":Company:Organization", doc.SelectSingleNode("//g:node[g:data[@key='n_name']='成都示例机器人科技有限公司']/@labels", ns)!.Value);
    }

    [Fact]
    public void Yed_nodes_show_display_names_coloured_and_shaped_by_label_and_edges_show_types()
    {
        var graph = ExportSample.Build();
        var doc = Load(Write(GraphMlProfile.Yed, graph));
        var ns = Ns(doc);

        var keys = doc.SelectNodes("/g:graphml/g:key[@yfiles.type]", ns)!.Cast<XmlElement>().Select(k => (k.GetAttribute("for"), k.GetAttribute("yfiles.type")));
        Assert.Equal([("node", "nodegraphics"), ("edge", "edgegraphics")], keys);

        var shapes = doc.SelectNodes("//g:node/g:data/y:ShapeNode", ns)!.Cast<XmlElement>().ToList();
        Assert.Equal(graph.Nodes.Length, shapes.Count);
        Assert.Equal(graph.Nodes.Select(GraphMl.DisplayName).Select(XmlChars.Clean), shapes.Select(s => s["y:NodeLabel"]!.InnerText));

        // one fill colour per label, different labels different colours
        var fillByLabel = graph.Nodes.Zip(shapes, (n, s) => (n.Label, Fill: s["y:Fill"]!.GetAttribute("color"))).Distinct().ToList();
        Assert.Equal(fillByLabel.Select(f => f.Label).Distinct().Count(), fillByLabel.Count);
        Assert.Equal(fillByLabel.Count, fillByLabel.Select(f => f.Fill).Distinct().Count());
        Assert.All(shapes, s => Assert.Matches("^#[0-9A-F]{6}$", s["y:Fill"]!.GetAttribute("color")));
        Assert.All(shapes, s => Assert.False(string.IsNullOrEmpty(s["y:Shape"]!.GetAttribute("type"))));

        var edgeLabels = doc.SelectNodes("//g:edge/g:data/y:PolyLineEdge/y:EdgeLabel", ns)!.Cast<XmlElement>().Select(e => e.InnerText);
        Assert.Equal(graph.Edges.Select(e => e.Type), edgeLabels);
    }

    [Fact]
    public void Yed_profile_reads_back_as_the_same_graph()
    {
        var expected = ExportSample.Build(dirty: false);
        var back = new GraphMlReader().Read(new MemoryStream(Write(GraphMlProfile.Yed, expected)), "yed.graphml");

        Assert.Equal(expected.Nodes.Select(n => n.Id), back.Nodes.Select(n => n.Id));
        Assert.All(expected.Nodes.Zip(back.Nodes), p => Assert.True(p.First.Properties.Equals(p.Second.Properties), $"properties of {p.First.Id} differ"));
        Assert.Equal(expected.Edges.Select(e => (e.Type, e.Source, e.Target)), back.Edges.Select(e => (e.Type, e.Source, e.Target)));
    }

    [Theory]
    [InlineData("networkx", GraphMlProfile.Apoc)]
    [InlineData("networkx", GraphMlProfile.Yed)]
    [InlineData("igraph", GraphMlProfile.Apoc)]
    [InlineData("igraph", GraphMlProfile.Yed)]
    public void Python_graph_libraries_read_counts_labels_and_list_properties(string library, GraphMlProfile profile)
    {
        // given the clean sample written in the profile
        var graph = ExportSample.Build(dirty: false);
        var path = Path.Combine(Path.GetTempPath(), $"graph-profile-{Guid.NewGuid():N}.graphml");
        File.WriteAllBytes(path, Write(profile, graph));
        try
        {
            // when the library reads it
            var python = EndToEnd.Processes.PythonWith(library);
            var script = Path.Combine(Golden.DataDir, "graphml_summary.py");
            var (code, stdout, stderr) = EndToEnd.Processes.Run(python, [script, library, path]);
            Assert.True(code == 0, $"{python} with {library} failed to read the {profile} GraphML: {stderr}");
            using var json = JsonDocument.Parse(stdout);
            var root = json.RootElement;

            // then counts, the Gephi label, APOC's labels, edge types and list properties all survive
            Assert.Equal(graph.Nodes.Length, root.GetProperty("nodes").GetInt32());
            Assert.Equal(graph.Edges.Length, root.GetProperty("edges").GetInt32());
            Assert.Equal(Sorted(graph.Nodes.Select(GraphMl.DisplayName)), Sorted(Strings(root.GetProperty("node_label"))));
            Assert.Equal(Sorted(graph.Nodes.Select(n => GraphMl.LabelString(n.Labels))), Sorted(Strings(root.GetProperty("node_labels"))));
            Assert.Equal(Sorted(graph.Edges.Select(e => e.Type)), Sorted(Strings(root.GetProperty("edge_label"))));
            Assert.Equal(
                Sorted(graph.Nodes.Where(n => n.Properties.GetList("aliases").Length > 0).Select(n => string.Join("|", n.Properties.GetList("aliases")))),
                Sorted(root.GetProperty("aliases").EnumerateArray().Select(a => string.Join("|", Strings(a)))));
            Assert.Equal(
                Sorted(graph.Edges.Select(e => string.Join("|", e.Properties.GetList("articles")))),
                Sorted(root.GetProperty("articles").EnumerateArray().Select(a => string.Join("|", Strings(a)))));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static IEnumerable<string?> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : e.GetRawText());

    private static List<string?> Sorted(IEnumerable<string?> items) => items.Order(StringComparer.Ordinal).ToList();
}
