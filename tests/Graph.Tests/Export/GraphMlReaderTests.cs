using System.Collections.Immutable;
using Graph.Export;
using Graph.Model;

namespace Graph.Tests.Export;

public sealed class GraphMlReaderTests
{
    private static KnowledgeGraph RoundTrip(KnowledgeGraph graph)
    {
        using var ms = new MemoryStream();
        new GraphMlWriter().Write(graph, ms);
        ms.Position = 0;
        return new GraphMlReader().Read(ms, "memory.graphml");
    }

    private static void AssertSameGraph(KnowledgeGraph expected, KnowledgeGraph actual)
    {
        Assert.Equal(expected.Nodes.Length, actual.Nodes.Length);
        Assert.Equal(expected.Edges.Length, actual.Edges.Length);
        for (var i = 0; i < expected.Nodes.Length; i++)
        {
            Assert.Equal(expected.Nodes[i].Id, actual.Nodes[i].Id);
            Assert.Equal(expected.Nodes[i].Label, actual.Nodes[i].Label);
            Assert.True(expected.Nodes[i].Properties.Equals(actual.Nodes[i].Properties), $"properties of {expected.Nodes[i].Id} differ");
        }

        for (var i = 0; i < expected.Edges.Length; i++)
        {
            var (e, a) = (expected.Edges[i], actual.Edges[i]);
            Assert.Equal((e.Type, e.Source, e.Target), (a.Type, a.Source, a.Target));
            Assert.True(e.Properties.Equals(a.Properties), $"properties of {e.Type} {e.Source} -> {e.Target} differ");
        }
    }

    [Fact]
    public void Written_graph_reads_back_equal()
    {
        var graph = ExportSample.Build(dirty: false);

        AssertSameGraph(graph, RoundTrip(graph));
    }

    [Fact]
    public void Graph_with_forbidden_characters_reads_back_as_the_cleaned_graph()
    {
        AssertSameGraph(ExportSample.Build(dirty: false), RoundTrip(ExportSample.Build(dirty: true)));
    }

    [Fact]
    public void Values_keep_their_types_after_a_round_trip()
    {
        var back = RoundTrip(ExportSample.Build(dirty: false));

        var ev = back.Node("Event:ev1");
        Assert.Equal(0.75, ev.Properties["confidence"]);
        Assert.Equal("Line one\r\nline two\twith tab 😀", ev.Properties["summary"]);
        Assert.Equal(true, back.Node("Article:a1").Properties["verified"]);
        Assert.Equal(new[] { "省长", "董事长" }, back.Node("Person:张三").Properties.GetList("titles").ToArray());
        Assert.Equal(2L, back.Edges.Single(e => e.Target == "Person:张三").Properties.GetLong("count"));
        Assert.Equal(new[] { NodeLabels.Company, NodeLabels.Organization }, back.Node("Company:成都示例机器人科技有限公司").Labels.ToArray());
    }

    [Fact]
    public void Committed_golden_graphml_reads_as_the_sample_graph()
    {
        var read = new GraphMlReader().ReadFile(Path.Combine(Golden.DataDir, "graph.graphml"));

        AssertSameGraph(ExportSample.Build(dirty: false), read);
    }

    [Fact]
    public void File_exported_by_apoc_loads_with_ids_rebuilt_from_label_and_key()
    {
        var graph = new GraphMlReader().ReadFile(Path.Combine(Golden.DataDir, "apoc-export.graphml"));

        var company = graph.Node("Company:乙集团");
        Assert.Equal(NodeLabels.Company, company.Label);
        Assert.Equal(new[] { "董事长", "党委书记" }, graph.Node("Person:王五").Properties.GetList("titles").ToArray());
        var edge = Assert.Single(graph.Edges);
        Assert.Equal((RelationshipTypes.HoldsPosition, "Person:王五", "Company:乙集团", "董事长"), (edge.Type, edge.Source, edge.Target, edge.Properties.GetString("title")));
        Assert.Equal(new[] { "a9" }, edge.Properties.GetList("articles").ToArray());
    }

    [Theory]
    [InlineData("invalid-missing-edge-end.graphml", "line 11", "Technology:不存在")]
    [InlineData("invalid-missing-key.graphml", "line 6", "key property 'id'")]
    [InlineData("invalid-bad-long.graphml", "line 10", "value 'many' of 'count'")]
    public void Invalid_files_are_rejected_naming_file_line_and_problem(string file, string line, string detail)
    {
        var path = Path.Combine(Golden.DataDir, file);

        var error = Assert.Throws<ExportException>(() => new GraphMlReader().ReadFile(path));

        Assert.True(error.Message.Contains(file) && error.Message.Contains(line) && error.Message.Contains(detail), error.Message);
    }

    [Fact]
    public void Truncated_file_is_reported_as_not_well_formed()
    {
        var bytes = File.ReadAllBytes(Path.Combine(Golden.DataDir, "graph.graphml"));
        using var truncated = new MemoryStream(bytes, 0, bytes.Length / 2);

        var error = Assert.Throws<ExportException>(() => new GraphMlReader().Read(truncated, "half.graphml"));

        Assert.Contains("half.graphml: not well-formed XML", error.Message);
    }

    [Fact]
    public void Missing_file_is_reported_by_path()
    {
        var error = Assert.Throws<ExportException>(() => new GraphMlReader().ReadFile("/nonexistent/graph.graphml"));

        Assert.Contains("/nonexistent/graph.graphml", error.Message);
    }
}
