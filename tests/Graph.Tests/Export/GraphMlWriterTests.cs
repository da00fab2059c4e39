using System.Text;
using System.Xml;
using Graph.Export;

namespace Graph.Tests.Export;

public sealed class GraphMlWriterTests
{
    private static byte[] WriteBytes(Graph.Model.KnowledgeGraph graph)
    {
        using var ms = new MemoryStream();
        new GraphMlWriter().Write(graph, ms);
        return ms.ToArray();
    }

    [Fact]
    public void Sample_graph_is_written_exactly_as_the_golden_graphml()
    {
        // given the sample graph, when it is written, then the bytes equal the committed golden file
        Golden.AssertMatches("graph.graphml", WriteBytes(ExportSample.Build()));
    }

    [Fact]
    public void Writing_the_same_graph_twice_gives_identical_bytes()
    {
        var first = WriteBytes(ExportSample.Build());
        var second = WriteBytes(ExportSample.Build());

        Assert.Equal(first, second);
    }

    [Fact]
    public void Text_writer_and_stream_give_the_same_document()
    {
        var graph = ExportSample.Build();

        var viaText = new GraphMlWriter().WriteToString(graph);

        Assert.Equal(Encoding.UTF8.GetString(WriteBytes(graph)), viaText);
    }

    [Fact]
    public void Output_is_utf8_without_bom_with_lf_newlines()
    {
        var bytes = WriteBytes(ExportSample.Build());

        Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), "no BOM expected");
        Assert.DoesNotContain((byte)'\r', bytes);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"", Encoding.UTF8.GetString(bytes));
        Assert.Equal((byte)'\n', bytes[^1]);
    }

    [Fact]
    public void Forbidden_characters_are_dropped_and_the_document_stays_well_formed()
    {
        // given names and values holding NUL, vertical tab, unit separator, U+FFFE/U+FFFF and a lone surrogate
        var bytes = WriteBytes(ExportSample.Build(dirty: true));

        // when the document is parsed by a strict XmlReader, then it parses, and the cleaned texts are there
        var texts = new List<string>();
        using (var reader = XmlReader.Create(new MemoryStream(bytes), new XmlReaderSettings { CheckCharacters = true, DtdProcessing = DtdProcessing.Prohibit }))
        {
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Text)
                {
                    texts.Add(reader.Value);
                }
            }
        }

        Assert.Contains("Bad Name \"Q\" <&> 'x'", texts);
        Assert.Contains("Line one\r\nline two\twith tab 😀", texts);
        var text = Encoding.UTF8.GetString(bytes);
        Assert.Equal(-1, FirstXmlForbidden(text));
    }

    /// <summary>Index of the first character XML 1.0 forbids (lone surrogates included), or -1.</summary>
    internal static int FirstXmlForbidden(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if ((c < ' ' && c is not ('\t' or '\n' or '\r')) || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                return i;
            }
        }

        return -1;
    }

    [Fact]
    public void Dirty_and_clean_graphs_give_the_same_bytes()
    {
        // the only difference between them is characters XML forbids, which the writer drops
        Assert.Equal(WriteBytes(ExportSample.Build(dirty: false)), WriteBytes(ExportSample.Build(dirty: true)));
    }

    [Fact]
    public void Keys_are_declared_once_with_unique_ids_and_standard_types_before_the_graph()
    {
        var doc = new XmlDocument();
        doc.Load(new MemoryStream(WriteBytes(ExportSample.Build())));
        var ns = new XmlNamespaceManager(doc.NameTable);
        ns.AddNamespace("g", "http://graphml.graphdrawing.org/xmlns");

        var keys = doc.SelectNodes("/g:graphml/g:key", ns)!.Cast<XmlElement>().ToList();
        var ids = keys.Select(k => k.GetAttribute("id")).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(keys, k => Assert.Contains(k.GetAttribute("attr.type"), new[] { "boolean", "int", "long", "float", "double", "string" }));
        Assert.All(keys, k => Assert.Contains(k.GetAttribute("for"), new[] { "node", "edge" }));
        // 'title' is a node property (Article) and an edge property (HOLDS_POSITION): two keys
        Assert.Equal(["node", "edge"], keys.Where(k => k.GetAttribute("attr.name") == "title").Select(k => k.GetAttribute("for")));
        var articles = Assert.Single(keys, k => k.GetAttribute("attr.name") == "articles");
        Assert.Equal(("string", "string"), (articles.GetAttribute("attr.type"), articles.GetAttribute("attr.list")));
        Assert.Equal("long", keys.Single(k => k.GetAttribute("attr.name") == "count").GetAttribute("attr.type"));
        Assert.Equal("double", keys.Single(k => k.GetAttribute("attr.name") == "confidence").GetAttribute("attr.type"));
        Assert.Equal("boolean", keys.Single(k => k.GetAttribute("attr.name") == "verified").GetAttribute("attr.type"));

        // every data element refers to a declared key of its own domain; nodes come before edges
        var graphChildren = doc.SelectNodes("/g:graphml/g:graph/*", ns)!.Cast<XmlElement>().Select(e => e.LocalName).ToList();
        Assert.Equal(graphChildren.OrderBy(n => n == "edge").ToList(), graphChildren);
        foreach (var data in doc.SelectNodes("//g:node/g:data", ns)!.Cast<XmlElement>())
        {
            Assert.Contains(keys, k => k.GetAttribute("id") == data.GetAttribute("key") && k.GetAttribute("for") == "node");
        }

        foreach (var data in doc.SelectNodes("//g:edge/g:data", ns)!.Cast<XmlElement>())
        {
            Assert.Contains(keys, k => k.GetAttribute("id") == data.GetAttribute("key") && k.GetAttribute("for") == "edge");
        }
    }

    [Fact]
    public void Company_nodes_carry_both_labels_and_edges_their_type_as_apoc_writes_them()
    {
        var text = new GraphMlWriter().WriteToString(ExportSample.Build());

        var id = GraphMl.ElementId("Company", "Company:成都示例机器人科技有限公司");
        Assert.StartsWith("Company_", id, StringComparison.Ordinal);
        Assert.Contains($"<node id=\"{id}\" labels=\":Company:Organization\">\n      <data key=\"labels\">:Company:Organization</data>\n      <data key=\"node_label\">成都示例机器人科技有限公司</data>", text);
        Assert.Contains("label=\"DEVELOPS\">\n      <data key=\"label\">DEVELOPS</data>\n      <data key=\"e_articles\">[\"a1\",\"a2\"]</data>", text);
    }

    [Fact]
    public void Networkx_reads_the_graphml_with_the_graph_s_node_and_edge_counts()
    {
        // given the sample written to a file
        var graph = ExportSample.Build();
        var path = Path.Combine(Path.GetTempPath(), $"graph-export-{Guid.NewGuid():N}.graphml");
        File.WriteAllBytes(path, WriteBytes(graph));
        try
        {
            // when networkx reads it
            var python = EndToEnd.Processes.Python;
            var (code, stdout, stderr) = EndToEnd.Processes.Run(python, ["-c", "import sys, networkx as nx; g = nx.read_graphml(sys.argv[1]); print(g.number_of_nodes(), g.number_of_edges())", path]);

            // then it parses and counts every node and edge
            Assert.True(code == 0, $"{python} failed to read the GraphML: {stderr}");
            Assert.Equal($"{graph.Nodes.Length} {graph.Edges.Length}", stdout.Trim());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
