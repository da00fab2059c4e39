using System.Net;
using System.Text;
using Graph.Model;
using Graph.Neo4j;

namespace Graph.Tests.Neo4j;

/// <summary>Neo4j tests share one server and wipe it: never in parallel with each other.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class Neo4jCollection
{
    public const string Name = "Neo4j";
}

/// <summary>Where the test graphs come from. Switch the source here (e.g. to the seeds/ corpus once the pipeline is done).</summary>
internal static class TestGraphs
{
    public static KnowledgeGraph Corpus() => SyntheticGraph.Generate(articles: 40, seed: 7);

    private static readonly Lazy<KnowledgeGraph> SeedsGraph = new(() => new Graph.Pipeline.GraphPipeline().Build([EndToEnd.RepoPaths.Seeds]).Graph);

    /// <summary>The graph built from the repository's seeds/ folder.</summary>
    public static KnowledgeGraph Seeds() => SeedsGraph.Value;
}

/// <summary>The real Neo4j 3.1.1 servers started by ../shared/tools/neo4j-legacy.</summary>
internal static class LegacyServer
{
    private const string How = "Start it with `../shared/tools/neo4j-legacy start` and set NEO4J_LEGACY_URL=http://127.0.0.1:17474 " +
                               "(auth test: NEO4J_LEGACY_PORT=17574 NEO4J_LEGACY_PASSWORD=secret neo4j-legacy start /tmp/neo4j-legacy-auth, then " +
                               "NEO4J_LEGACY_AUTH_URL=http://127.0.0.1:17574 NEO4J_LEGACY_PASSWORD=secret), or set GRAPH_SKIP_LEGACY=1 to skip visibly.";

    public static Neo4jConnection Connection() => new(new Uri(Require("NEO4J_LEGACY_URL")));

    public static Neo4jConnection AuthConnection(string? password = null) =>
        new(new Uri(Require("NEO4J_LEGACY_AUTH_URL")), "neo4j", password ?? Require("NEO4J_LEGACY_PASSWORD"));

    private static string Require(string name)
    {
        var value = Environment.GetEnvironmentVariable(name);
        if (!string.IsNullOrEmpty(value))
        {
            return value;
        }

        Skip.If(Environment.GetEnvironmentVariable("GRAPH_SKIP_LEGACY") == "1", $"{name} is not set and GRAPH_SKIP_LEGACY=1: Neo4j 3.1.1 test skipped.");
        Assert.Fail($"{name} is not set: this test needs the real Neo4j 3.1.1. {How}");
        return "";
    }

    public static Neo4jHttpClient Client(Neo4jConnection connection) => new(connection, null, new Neo4jRetryOptions(1, TimeSpan.FromMilliseconds(50)));

    public static async Task WipeAsync(Neo4jHttpClient client) =>
        await client.RunAsync("MATCH (n) DETACH DELETE n");

    public static async Task<long> CountAsync(Neo4jHttpClient client, string statement, IReadOnlyDictionary<string, object?>? parameters = null) =>
        (await client.RunAsync(statement, parameters)).Rows.Single()[0].GetInt64();
}

/// <summary>Finds files of the repository (queries/, tools) from the test output folder.</summary>
internal static class Repo
{
    public static string Root => Graph.Tests.EndToEnd.RepoPaths.Root;

    public static string Path(string relative) => System.IO.Path.GetFullPath(System.IO.Path.Combine(Root, relative));

    public static string TestData(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "TestData", "Neo4j", name);
}

/// <summary>An HttpMessageHandler answering from a script: (method, path) → (status, TestData file or literal body).</summary>
internal sealed class ScriptedHandler : HttpMessageHandler
{
    private readonly Func<HttpRequestMessage, (HttpStatusCode Status, string Body)> _answer;

    public ScriptedHandler(Func<HttpRequestMessage, (HttpStatusCode Status, string Body)> answer) => _answer = answer;

    public List<(HttpRequestMessage Request, string Body)> Requests { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Add((request, body));
        var (status, text) = _answer(request);
        return new HttpResponseMessage(status) { Content = new StringContent(text, Encoding.UTF8, "application/json") };
    }

    public static string File(string name) => System.IO.File.ReadAllText(Repo.TestData(name));
}
