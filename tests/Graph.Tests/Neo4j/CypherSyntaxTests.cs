using System.Diagnostics;
using Graph.Neo4j;

namespace Graph.Tests.Neo4j;

/// <summary>Every Neo4j 5 statement the code can produce, every queries/ file and a generated graph.cypher pass Neo4j's own parser.</summary>
public sealed class CypherSyntaxTests
{
    private static string Lint => Path.Combine(Graph.Tests.EndToEnd.RepoPaths.Shared, "tools", "cypher-lint");

    [Fact]
    public void Every_statement_the_loader_can_send_parses_as_neo4j_5()
    {
        var statements = CypherStatements.All(CypherDialect.Neo4j5);
        Assert.Equal(8 + 8 + CypherStatements.RelationshipShapes.Length, statements.Length);
        var file = Path.Combine(Path.GetTempPath(), $"graph-statements-{Guid.NewGuid():N}.cypher");
        File.WriteAllText(file, string.Concat(statements.Select(s => s + ";\n")));
        AssertLints(file, statements.Length);
    }

    [Fact]
    public void Every_query_file_parses_as_neo4j_5()
    {
        var files = Directory.GetFiles(Repo.Path("queries"), "*.cypher").Order(StringComparer.Ordinal).ToArray();
        Assert.True(files.Length >= 7, "queries/ should hold the documented queries");
        foreach (var f in files)
        {
            Assert.StartsWith("// Question:", File.ReadAllText(f));
            AssertLints(f, 1);
        }
    }

    [Fact]
    public void A_generated_graph_cypher_script_parses_as_neo4j_5()
    {
        var file = Path.Combine(Path.GetTempPath(), $"graph-{Guid.NewGuid():N}.cypher");
        using (var w = new StreamWriter(file))
        {
            new CypherScriptWriter(w, batchSize: 25).Write(TestGraphs.Corpus());
        }

        AssertLints(file, null);
    }

    private static void AssertLints(string file, int? expectedStatements)
    {
        Assert.True(File.Exists(Lint), $"{Lint} is missing: the Neo4j 5 syntax check cannot run.");
        var psi = new ProcessStartInfo(Lint, [file]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEnd();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, $"cypher-lint {file} failed:\n{stdout}\n{stderr}");
        Assert.Contains(" 0 errors", stdout);
        if (expectedStatements is { } n)
        {
            Assert.StartsWith($"{n} statements checked", stdout.Trim());
        }
    }
}
