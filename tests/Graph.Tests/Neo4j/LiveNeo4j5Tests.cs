using Graph.Neo4j;

namespace Graph.Tests.Neo4j;

/// <summary>Against a real Neo4j 5 (e.g. docker compose up -d) when NEO4J_URI is set: load, then run every queries/ file.</summary>
[Collection(Neo4jCollection.Name)]
public sealed class LiveNeo4j5Tests
{
    [SkippableFact]
    public async Task Loaded_graph_answers_every_query_file()
    {
        Skip.If(string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NEO4J_URI")), "NEO4J_URI is not set: no live Neo4j 5 to test against (docker compose up -d).");
        var connection = Neo4jConnection.From(null, null, null, null, null, Environment.GetEnvironmentVariable);
        using var client = new Neo4jHttpClient(connection);
        var server = await client.DiscoverAsync();
        Skip.If(server.Dialect != CypherDialect.Neo4j5, $"NEO4J_URI points at Neo4j {server.Version}, not 5.");
        await client.RunAsync("MATCH (n) DETACH DELETE n");
        var graph = TestGraphs.Corpus();

        var result = await new Neo4jLoader(client).LoadAsync(graph);
        Assert.Equal(graph.Nodes.Length, result.Counters.NodesCreated);

        var person = graph.Nodes.First(n => n.Label == Graph.Model.NodeLabels.Person).Key;
        var tech = graph.Nodes.First(n => n.Label == Graph.Model.NodeLabels.Technology).Key;
        var parameters = new Dictionary<string, object?> { ["from"] = person, ["to"] = tech };
        foreach (var file in Directory.GetFiles(Repo.Path("queries"), "*.cypher").Order(StringComparer.Ordinal))
        {
            var rows = await client.RunAsync(File.ReadAllText(file).TrimEnd().TrimEnd(';'), parameters);
            Assert.True(rows.Rows.Length > 0, $"{Path.GetFileName(file)} returned no rows on the test graph");
        }
    }
}
