using Graph.Neo4j;

namespace Graph.Tests.Neo4j;

/// <summary>The read-only guard of <c>cypher</c> on the real Neo4j 3.1.1 (NEO4J_LEGACY_URL), which ignores the access-mode header.</summary>
[Collection(Neo4jCollection.Name)]
public sealed class LegacyReadOnlyCypherTests
{
    private const string DeleteAll = "MATCH (n) DETACH DELETE n";

    [SkippableFact]
    public async Task Cypher_without_write_refuses_detach_delete_and_leaves_every_node_and_relationship()
    {
        using var client = LegacyServer.Client(LegacyServer.Connection());
        var graph = await LoadSmallGraphAsync(client);
        var url = LegacyServer.Connection().BaseUri.ToString();

        var code = await Cli.Program.CreateApp().RunAsync(["cypher", DeleteAll, "--neo4j", url]);

        Assert.Equal(Cli.ExitCodes.Neo4jWriteRefused, code);
        Assert.Equal(graph.Nodes.Length, await LegacyServer.CountAsync(client, "MATCH (n) RETURN count(n)"));
        Assert.Equal(graph.Edges.Length, await LegacyServer.CountAsync(client, "MATCH ()-[r]->() RETURN count(r)"));
    }

    [SkippableFact]
    public async Task Read_only_client_reports_the_refused_statement_and_still_answers_reads()
    {
        using var client = LegacyServer.Client(LegacyServer.Connection());
        var graph = await LoadSmallGraphAsync(client);

        var e = await Assert.ThrowsAsync<Neo4jWriteRefusedException>(() => client.RunReadOnlyAsync(DeleteAll + "\nRETURN 1 AS done"));
        var read = await client.RunReadOnlyAsync("MATCH (n) RETURN count(n) AS nodes");

        Assert.Contains($"'{DeleteAll}'", e.Message);
        Assert.Contains($"nodes_deleted {graph.Nodes.Length}", e.Message);
        Assert.Contains("rolled back", e.Message);
        Assert.Contains("--write", e.Message);
        Assert.Equal(graph.Nodes.Length, read.Rows.Single()[0].GetInt64());
        Assert.Equal(Neo4jCounters.None, read.Counters);
    }

    [SkippableFact]
    public async Task Cypher_with_write_deletes_a_throwaway_graph()
    {
        using var client = LegacyServer.Client(LegacyServer.Connection());
        await LoadSmallGraphAsync(client);
        var url = LegacyServer.Connection().BaseUri.ToString();

        var code = await Cli.Program.CreateApp().RunAsync(["cypher", DeleteAll, "--neo4j", url, "--write"]);

        Assert.Equal(Cli.ExitCodes.Ok, code);
        Assert.Equal(0, await LegacyServer.CountAsync(client, "MATCH (n) RETURN count(n)"));
    }

    [SkippableFact]
    public async Task Cypher_file_stops_at_the_first_writing_statement_and_keeps_the_graph()
    {
        using var client = LegacyServer.Client(LegacyServer.Connection());
        var graph = await LoadSmallGraphAsync(client);
        var url = LegacyServer.Connection().BaseUri.ToString();
        var file = Path.Combine(Directory.CreateTempSubdirectory("graph-readonly").FullName, "mixed.cypher");
        await File.WriteAllTextAsync(file, "MATCH (n) RETURN count(n) AS nodes;\nMATCH (p:Person)\nSET p.flag = true;\n");

        var code = await Cli.Program.CreateApp().RunAsync(["cypher", "-f", file, "--neo4j", url, "--format", "csv"]);

        Assert.Equal(Cli.ExitCodes.Neo4jWriteRefused, code);
        Assert.Equal(0, await LegacyServer.CountAsync(client, "MATCH (p:Person) WHERE p.flag IS NOT NULL RETURN count(p)"));
        Assert.Equal(graph.Nodes.Length, await LegacyServer.CountAsync(client, "MATCH (n) RETURN count(n)"));
    }

    /// <summary>Wipes the server and loads a three-article synthetic graph (the test's throwaway state).</summary>
    private static async Task<Model.KnowledgeGraph> LoadSmallGraphAsync(Neo4jHttpClient client)
    {
        await LegacyServer.WipeAsync(client);
        var graph = SyntheticGraph.Generate(articles: 3, seed: 11);
        await new Neo4jLoader(client).LoadAsync(graph);
        Assert.True(graph.Nodes.Length > 0 && graph.Edges.Length > 0, "the synthetic graph should have nodes and relationships");
        return graph;
    }
}
