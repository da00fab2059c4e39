using Graph.Model;
using Graph.Neo4j;

namespace Graph.Tests.Neo4j;

/// <summary>Loads into the real Neo4j 3.1.1 (NEO4J_LEGACY_URL) and checks the database by Cypher.</summary>
[Collection(Neo4jCollection.Name)]
public sealed class LegacyNeo4jLoadTests
{
    [SkippableFact]
    public async Task Loaded_database_has_the_graphs_node_count_per_label_and_relationship_count_per_type()
    {
        using var client = LegacyServer.Client(LegacyServer.Connection());
        await LegacyServer.WipeAsync(client);
        var graph = TestGraphs.Seeds();

        var result = await new Neo4jLoader(client).LoadAsync(graph, new LoadOptions(BatchSize: 37));

        Assert.Equal(graph.Nodes.Length, result.Counters.NodesCreated);
        Assert.Equal(graph.Edges.Length, result.Counters.RelationshipsCreated);
        foreach (var (label, count) in graph.CountByLabel())
        {
            Assert.Equal(count, await LegacyServer.CountAsync(client, $"MATCH (n:{label}) RETURN count(n)"));
        }

        foreach (var (type, count) in graph.CountByType())
        {
            Assert.Equal(count, await LegacyServer.CountAsync(client, $"MATCH ()-[r:{type}]->() RETURN count(r)"));
        }

        Assert.Equal(graph.Nodes.Length, await LegacyServer.CountAsync(client, "MATCH (n) RETURN count(n)"));
    }

    [SkippableFact]
    public async Task Loading_the_same_graph_twice_creates_nothing_the_second_time()
    {
        using var client = LegacyServer.Client(LegacyServer.Connection());
        await LegacyServer.WipeAsync(client);
        var graph = TestGraphs.Seeds();
        await new Neo4jLoader(client).LoadAsync(graph);

        var second = await new Neo4jLoader(client).LoadAsync(graph);

        Assert.Equal((0L, 0L, 0L), (second.Counters.NodesCreated, second.Counters.RelationshipsCreated, second.Counters.LabelsAdded));
        Assert.Equal(graph.Nodes.Length, await LegacyServer.CountAsync(client, "MATCH (n) RETURN count(n)"));
        var article = graph.Edges.First(e => e.Type == RelationshipTypes.Mentions).Properties.GetList("articles")[0];
        Assert.Equal(1, await LegacyServer.CountAsync(client,
            "MATCH ()-[r:MENTIONS]->() WHERE $a IN r.articles RETURN max(size([x IN r.articles WHERE x = $a]))",
            new Dictionary<string, object?> { ["a"] = article }));
    }

    [SkippableFact]
    public async Task A_second_corpus_merges_shared_entities_and_unions_their_lists()
    {
        using var client = LegacyServer.Client(LegacyServer.Connection());
        await LegacyServer.WipeAsync(client);
        await new Neo4jLoader(client).LoadAsync(Corpus("a1", "省长", "睿某"));

        var second = await new Neo4jLoader(client).LoadAsync(Corpus("a2", "董事长", "某某机器人"));

        Assert.Equal(1, second.Counters.NodesCreated); // only the new Article
        var row = (await client.RunAsync(
            "MATCH (p:Person {name: '测试人'}), (c:Company {name: '测试机器人科技有限公司'})-[d:DEVELOPS]->(:Technology) " +
            "RETURN p.titles, c.aliases, d.articles, labels(c)")).Rows.Single();
        Assert.Equal(["省长", "董事长"], row[0].EnumerateArray().Select(x => x.GetString()!).Order());
        Assert.Equal(["某某机器人", "睿某"], row[1].EnumerateArray().Select(x => x.GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal(["a1", "a2"], row[2].EnumerateArray().Select(x => x.GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal(["Company", "Organization"], row[3].EnumerateArray().Select(x => x.GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal(1, await LegacyServer.CountAsync(client, "MATCH (p:Person) RETURN count(p)"));
        Assert.Equal(1, await LegacyServer.CountAsync(client, "MATCH ()-[d:DEVELOPS]->() RETURN count(d)"));
    }

    [SkippableFact]
    public async Task A_batch_that_violates_a_constraint_is_rolled_back_whole_and_named_in_the_error()
    {
        using var client = LegacyServer.Client(LegacyServer.Connection());
        await LegacyServer.WipeAsync(client);
        var graph = TestGraphs.Corpus();
        var clash = graph.Nodes.First(n => n.Label == NodeLabels.Company).Key;
        // An Organization that is not a Company with a company's name: the Company batch's SET n:Organization must clash.
        await client.RunAsync("CREATE (:Organization {name: $name})", new Dictionary<string, object?> { ["name"] = clash });

        var e = await Assert.ThrowsAsync<Neo4jBatchException>(() => new Neo4jLoader(client).LoadAsync(graph, new LoadOptions(BatchSize: 10_000)));

        Assert.Equal(Neo4jFailure.Statement, e.Failure);
        Assert.Equal(new LoadBatch(NodeLabels.Company, 0, 0, graph.CountByPrimaryLabel()[NodeLabels.Company]), e.Batch);
        Assert.Contains("Company #0 (rows 0..", e.Message);
        Assert.Equal(0, await LegacyServer.CountAsync(client, "MATCH (n:Company) RETURN count(n)"));
        Assert.Equal(graph.CountByPrimaryLabel()[NodeLabels.Person], await LegacyServer.CountAsync(client, "MATCH (n:Person) RETURN count(n)"));
    }

    [SkippableFact]
    public async Task A_database_other_than_the_only_one_of_a_3x_server_is_reported_missing()
    {
        var c = LegacyServer.Connection();
        using var client = LegacyServer.Client(new Neo4jConnection(c.BaseUri, database: "nosuchdb"));
        var e = await Assert.ThrowsAsync<Neo4jDatabaseNotFoundException>(() => client.RunAsync("RETURN 1"));
        Assert.Contains("nosuchdb", e.Message);
    }

    [SkippableFact]
    public async Task Wrong_credentials_give_the_authentication_error_and_right_ones_load()
    {
        using (var wrong = LegacyServer.Client(LegacyServer.AuthConnection("not-the-password")))
        {
            var e = await Assert.ThrowsAsync<Neo4jAuthenticationException>(() => wrong.RunAsync("RETURN 1"));
            Assert.Contains("refused user 'neo4j'", e.Message);
            Assert.DoesNotContain("not-the-password", e.Message);
        }

        // Neo4j rate-limits logins for 5 s after failed ones: the right credentials retry through it.
        using var right = new Neo4jHttpClient(LegacyServer.AuthConnection(), null, new Neo4jRetryOptions(4, TimeSpan.FromSeconds(1)));
        await LegacyServer.WipeAsync(right);
        var graph = Corpus("a1", "省长", "睿某");
        var result = await new Neo4jLoader(right).LoadAsync(graph);
        Assert.Equal(graph.Nodes.Length, result.Counters.NodesCreated);
    }

    [SkippableFact]
    public async Task Build_with_neo4j_loads_the_graph_it_just_built()
    {
        using var client = LegacyServer.Client(LegacyServer.Connection());
        await LegacyServer.WipeAsync(client);
        var url = LegacyServer.Connection().BaseUri.ToString();
        var outDir = Directory.CreateTempSubdirectory("graph-build-neo4j").FullName;

        var code = await Cli.Program.CreateApp().RunAsync(["build", EndToEnd.RepoPaths.Seeds, "--out", outDir, "--neo4j", url]);

        Assert.Equal(Cli.ExitCodes.Ok, code);
        Assert.Equal(TestGraphs.Seeds().Nodes.Length, await LegacyServer.CountAsync(client, "MATCH (n) RETURN count(n)"));
    }

    [SkippableFact]
    public void Cli_load_and_cypher_map_failures_to_exit_codes()
    {
        var url = LegacyServer.Connection().BaseUri.ToString();
        Assert.Equal(Cli.ExitCodes.Neo4jStatement, Cli.Program.CreateApp().Run(["cypher", "MATC (n) RETURN n", "--neo4j", url]));
        Assert.Equal(Cli.ExitCodes.Neo4jDatabase, Cli.Program.CreateApp().Run(["cypher", "RETURN 1", "--neo4j", url, "--database", "nosuchdb"]));
        Assert.Equal(Cli.ExitCodes.Ok, Cli.Program.CreateApp().Run(["cypher", "RETURN 1 AS one", "--neo4j", url, "--format", "csv"]));
        Assert.Equal(Cli.ExitCodes.Neo4jUnreachable, Cli.Program.CreateApp().Run(["cypher", "RETURN 1", "--neo4j", "http://127.0.0.1:9"]));
    }

    /// <summary>One article's worth of graph: a person, a company with an alias, a technology it develops.</summary>
    private static KnowledgeGraph Corpus(string article, string title, string alias)
    {
        var b = new GraphBuilder();
        static PropertyMap P(params (string K, object V)[] kv) => PropertyMap.From(kv.Select(x => new KeyValuePair<string, object?>(x.K, x.V)));
        var a = b.AddNode(NodeLabels.Article, P(("id", article), ("title", "报道 " + article)));
        var p = b.AddNode(NodeLabels.Person, P(("name", "测试人"), ("titles", new[] { title })));
        var c = b.AddNode(NodeLabels.Company, P(("name", "测试机器人科技有限公司"), ("aliases", new[] { alias })));
        var t = b.AddNode(NodeLabels.Technology, P(("name", "人形机器人")));
        var prov = P(("articles", new[] { article }));
        b.AddEdge(RelationshipTypes.Develops, c, t, prov);
        b.AddEdge(RelationshipTypes.Mentions, a, p, prov.With("count", 1L));
        b.AddEdge(RelationshipTypes.Mentions, a, c, prov.With("count", 1L));
        return b.ToGraph();
    }
}
