using Graph.Model;
using Graph.Neo4j;

namespace Graph.Tests.Neo4j;

public sealed class CypherScriptWriterTests
{
    private static string Script(KnowledgeGraph graph, int batch = 500)
    {
        var w = new StringWriter();
        new CypherScriptWriter(w, batch).Write(graph);
        return w.ToString();
    }

    [Fact]
    public void Same_graph_gives_the_same_bytes()
    {
        Assert.Equal(Script(SyntheticGraph.Generate(20, 3)), Script(SyntheticGraph.Generate(20, 3)));
    }

    [Fact]
    public void Script_starts_with_neo4j_5_constraints_and_has_one_statement_per_batch_each_ending_at_a_line_end()
    {
        var graph = SyntheticGraph.Generate(20, 3);
        var text = Script(graph, batch: 10);
        var statements = text.Split(";\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(s => string.Join('\n', s.Split('\n').Where(l => !l.StartsWith("//", StringComparison.Ordinal))).Trim())
            .Where(s => s.Length > 0).ToList();
        var expectedBatches = graph.Nodes.GroupBy(n => n.Label).Sum(g => (g.Count() + 9) / 10)
            + graph.Edges.GroupBy(e => LoadRows.ShapeOf(graph, e)).Sum(g => (g.Count() + 9) / 10);

        Assert.Equal(GraphSchema.Labels.Length + expectedBatches, statements.Count);
        Assert.All(statements.Take(GraphSchema.Labels.Length), s => Assert.Matches("^CREATE CONSTRAINT graph_[a-z]+_(name|id) IF NOT EXISTS FOR", s));
        Assert.EndsWith(";\n", text);
    }

    [Theory]
    [InlineData("plain", "'plain'")]
    [InlineData("it's", @"'it\'s'")]
    [InlineData("back\\slash", @"'back\\slash'")]
    [InlineData("two\nlines;", @"'two\nlines;'")]
    [InlineData("say \"hi\"\t", @"'say \""hi\""\t'")]
    [InlineData("\u0001\u2028", @"'\u0001\u2028'")]
    [InlineData("中文“引号”", "'中文“引号”'")]
    public void String_literals_escape_quotes_backslashes_and_control_characters(string value, string literal)
    {
        Assert.Equal(literal, CypherLiteral.String(value));
    }

    [Fact]
    public void Injection_attempts_in_text_stay_inside_the_literal()
    {
        var b = new GraphBuilder();
        b.AddNode(NodeLabels.Person, PropertyMap.From([new("name", "x'}) DETACH DELETE n;\n//")]));
        var text = Script(b.ToGraph());
        Assert.Contains(@"{key: 'x\'}) DETACH DELETE n;\n//', props: {}}", text);
    }
}
