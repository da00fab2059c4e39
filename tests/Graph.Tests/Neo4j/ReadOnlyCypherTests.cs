using System.Net;
using System.Text.Json;
using Graph.Neo4j;

namespace Graph.Tests.Neo4j;

/// <summary>The read-only guard of <c>cypher</c> against scripted servers: the 3.x transactional endpoint and the 5.x Query API.</summary>
public sealed class ReadOnlyCypherTests
{
    private static readonly Uri Base = new("http://neo4j.test:7474");

    private const string Delete = "MATCH (n) DETACH DELETE n";

    private const string Count = "MATCH (n) RETURN count(n) AS c";

    /// <summary>A 3.1.1 server: discovery, then <c>open</c> answers POST /db/data/transaction; commit and DELETE on transaction 9.</summary>
    private static (ScriptedHandler Handler, Neo4jHttpClient Client) Server3(string open, Neo4jRetryOptions? retry = null)
    {
        var handler = new ScriptedHandler(r => (r.Method.Method, r.RequestUri!.AbsolutePath) switch
        {
            ("GET", "/") => (HttpStatusCode.OK, ScriptedHandler.File("discovery-3-root.json")),
            ("GET", "/db/data/") => (HttpStatusCode.OK, ScriptedHandler.File("discovery-3-data.json")),
            ("POST", "/db/data/transaction") => (HttpStatusCode.Created, ScriptedHandler.File(open)),
            ("POST", "/db/data/transaction/commit") => (HttpStatusCode.OK, ScriptedHandler.File("tx-200.json")),
            ("POST", "/db/data/transaction/9/commit") => (HttpStatusCode.OK, ScriptedHandler.File("tx-commit-200.json")),
            ("DELETE", "/db/data/transaction/9") => (HttpStatusCode.OK, ScriptedHandler.File("tx-commit-200.json")),
            var other => (HttpStatusCode.NotFound, $$"""{"errors":[{"code":"Test.Unexpected","message":"{{other}}"}]}"""),
        });
        return (handler, new Neo4jHttpClient(new Neo4jConnection(Base), handler, retry ?? Neo4jRetryOptions.None));
    }

    /// <summary>A 5.x server (database 'news'): begin answers 202 with transaction tx-42; <c>run</c> answers the statement.</summary>
    private static (ScriptedHandler Handler, Neo4jHttpClient Client) Server5(Func<(HttpStatusCode, string)> run)
    {
        var handler = new ScriptedHandler(r => (r.Method.Method, r.RequestUri!.AbsolutePath) switch
        {
            ("GET", "/") => (HttpStatusCode.OK, ScriptedHandler.File("discovery-5.json")),
            ("POST", "/db/news/query/v2") => (HttpStatusCode.Accepted, ScriptedHandler.File("query-202.json")),
            ("POST", "/db/news/query/v2/tx") => (HttpStatusCode.Accepted, ScriptedHandler.File("query-tx-begin-202.json")),
            ("POST", "/db/news/query/v2/tx/tx-42") => run(),
            ("POST", "/db/news/query/v2/tx/tx-42/commit") => (HttpStatusCode.OK, ScriptedHandler.File("query-tx-commit-200.json")),
            ("DELETE", "/db/news/query/v2/tx/tx-42") => (HttpStatusCode.OK, "{}"),
            var other => (HttpStatusCode.NotFound, $$"""{"errors":[{"code":"Test.Unexpected","message":"{{other}}"}]}"""),
        });
        return (handler, new Neo4jHttpClient(new Neo4jConnection(Base, database: "news"), handler, Neo4jRetryOptions.None));
    }

    /// <summary>The requests after discovery, as "METHOD /path".</summary>
    private static string[] Calls(ScriptedHandler handler) => [.. handler.Requests
        .Select(r => $"{r.Request.Method} {r.Request.RequestUri!.AbsolutePath}")
        .Where(c => c is not ("GET /" or "GET /db/data/"))];

    [Fact]
    public async Task Transactional_read_is_opened_with_the_read_access_mode_header_and_stats_then_committed()
    {
        var (handler, client) = Server3("tx-open-201-read.json");

        var result = await client.RunReadOnlyAsync(Count);

        Assert.Equal(["POST /db/data/transaction", "POST /db/data/transaction/9/commit"], Calls(handler));
        var open = handler.Requests.First(r => r.Request.RequestUri!.AbsolutePath == "/db/data/transaction");
        Assert.Equal(["READ"], open.Request.Headers.GetValues("access-mode"));
        using var sent = JsonDocument.Parse(open.Body);
        Assert.True(sent.RootElement.GetProperty("statements")[0].GetProperty("includeStats").GetBoolean());
        Assert.Equal(Count, sent.RootElement.GetProperty("statements")[0].GetProperty("statement").GetString());
        Assert.Equal(["c"], result.Fields.AsEnumerable());
        Assert.Equal(2, result.Rows.Single()[0].GetInt32());
    }

    [Fact]
    public async Task Transactional_write_is_rolled_back_never_committed_and_refused_naming_the_statement_and_write()
    {
        var (handler, client) = Server3("tx-open-201-write.json");

        var e = await Assert.ThrowsAsync<Neo4jWriteRefusedException>(() => client.RunReadOnlyAsync(Delete + "\nRETURN 1"));

        Assert.Equal(["POST /db/data/transaction", "DELETE /db/data/transaction/9"], Calls(handler));
        Assert.Equal(Neo4jFailure.WriteRefused, e.Failure);
        Assert.Contains($"'{Delete}'", e.Message);
        Assert.DoesNotContain("RETURN 1", e.Message);
        Assert.Contains("nodes_deleted 3", e.Message);
        Assert.Contains("rolled back", e.Message);
        Assert.Contains("--write", e.Message);
    }

    [Fact]
    public async Task Write_mode_posts_once_to_the_commit_endpoint_without_access_mode_or_rollback()
    {
        var (handler, client) = Server3("tx-open-201-write.json");

        var result = await Cli.Commands.CypherOutput.RunAsync(client, Delete, new Dictionary<string, object?>(), write: true, CancellationToken.None);

        Assert.Equal(["POST /db/data/transaction/commit"], Calls(handler));
        Assert.False(handler.Requests[^1].Request.Headers.Contains("access-mode"));
        Assert.Equal(4, result.Counters.NodesCreated);
    }

    [Fact]
    public async Task Read_mode_of_the_cli_goes_through_the_guard()
    {
        var (handler, client) = Server3("tx-open-201-write.json");

        await Assert.ThrowsAsync<Neo4jWriteRefusedException>(() =>
            Cli.Commands.CypherOutput.RunAsync(client, Delete, new Dictionary<string, object?>(), write: false, CancellationToken.None));

        Assert.DoesNotContain("POST /db/data/transaction/commit", Calls(handler));
        Assert.Contains("DELETE /db/data/transaction/9", Calls(handler));
    }

    [Fact]
    public async Task Transactional_statement_error_rolls_back_and_keeps_the_statement_error()
    {
        var (handler, client) = Server3("tx-200-error.json");

        var e = await Assert.ThrowsAsync<Neo4jStatementException>(() => client.RunReadOnlyAsync("CREATE (n:Organization {name: 'X'})"));

        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", e.Code);
        Assert.DoesNotContain("POST /db/data/transaction/9/commit", Calls(handler));
    }

    [Fact]
    public async Task Counters_missing_from_the_answer_fail_closed()
    {
        var (handler, client) = Server3("tx-open-201-no-stats.json");

        var e = await Assert.ThrowsAsync<Neo4jWriteRefusedException>(() => client.RunReadOnlyAsync(Count));

        Assert.Contains("cannot be shown to be read-only", e.Message);
        Assert.Equal(["POST /db/data/transaction", "DELETE /db/data/transaction/9"], Calls(handler));
    }

    [Fact]
    public async Task Query_api_read_begins_a_read_transaction_runs_with_counters_and_commits()
    {
        var (handler, client) = Server5(() => (HttpStatusCode.Accepted, ScriptedHandler.File("query-tx-run-read.json")));

        var result = await client.RunReadOnlyAsync(Count);

        Assert.Equal(["POST /db/news/query/v2/tx", "POST /db/news/query/v2/tx/tx-42", "POST /db/news/query/v2/tx/tx-42/commit"], Calls(handler));
        using var begin = JsonDocument.Parse(handler.Requests.Single(r => r.Request.RequestUri!.AbsolutePath.EndsWith("/tx", StringComparison.Ordinal)).Body);
        Assert.Equal("Read", begin.RootElement.GetProperty("accessMode").GetString());
        using var run = JsonDocument.Parse(handler.Requests.Single(r => r.Request.RequestUri!.AbsolutePath.EndsWith("/tx-42", StringComparison.Ordinal)).Body);
        Assert.True(run.RootElement.GetProperty("includeCounters").GetBoolean());
        Assert.Equal(Count, run.RootElement.GetProperty("statement").GetString());
        Assert.Equal(2, result.Rows.Single()[0].GetInt32());
    }

    [Fact]
    public async Task Query_api_write_is_rolled_back_by_delete_never_committed_and_refused()
    {
        var (handler, client) = Server5(() => (HttpStatusCode.Accepted, ScriptedHandler.File("query-tx-run-write.json")));

        var e = await Assert.ThrowsAsync<Neo4jWriteRefusedException>(() => client.RunReadOnlyAsync(Delete));

        Assert.Equal(["POST /db/news/query/v2/tx", "POST /db/news/query/v2/tx/tx-42", "DELETE /db/news/query/v2/tx/tx-42"], Calls(handler));
        Assert.Contains($"'{Delete}'", e.Message);
        Assert.Contains("nodesDeleted 3", e.Message);
        Assert.Contains("--write", e.Message);
    }

    [Fact]
    public async Task Query_api_access_mode_refusal_by_the_server_is_the_same_write_refusal()
    {
        var (handler, client) = Server5(() => (HttpStatusCode.BadRequest, ScriptedHandler.File("query-tx-access-mode-400.json")));

        var e = await Assert.ThrowsAsync<Neo4jWriteRefusedException>(() => client.RunReadOnlyAsync(Delete));

        Assert.Equal("Neo.ClientError.Statement.AccessMode", e.Code);
        Assert.Contains($"'{Delete}'", e.Message);
        Assert.Contains("--write", e.Message);
        Assert.DoesNotContain("POST /db/news/query/v2/tx/tx-42/commit", Calls(handler));
    }

    [Fact]
    public async Task Query_api_write_mode_uses_the_implicit_transaction_without_access_mode()
    {
        var (handler, client) = Server5(() => (HttpStatusCode.Accepted, ScriptedHandler.File("query-tx-run-write.json")));

        await Cli.Commands.CypherOutput.RunAsync(client, Delete, new Dictionary<string, object?>(), write: true, CancellationToken.None);

        Assert.Equal(["POST /db/news/query/v2"], Calls(handler));
        using var sent = JsonDocument.Parse(handler.Requests[^1].Body);
        Assert.False(sent.RootElement.TryGetProperty("accessMode", out _));
    }

    [Fact]
    public async Task A_transient_failure_on_open_retries_the_whole_read_transaction()
    {
        var opens = 0;
        var handler = new ScriptedHandler(r => (r.Method.Method, r.RequestUri!.AbsolutePath) switch
        {
            ("GET", "/") => (HttpStatusCode.OK, ScriptedHandler.File("discovery-3-root.json")),
            ("GET", "/db/data/") => (HttpStatusCode.OK, ScriptedHandler.File("discovery-3-data.json")),
            ("POST", "/db/data/transaction") => ++opens == 1
                ? (HttpStatusCode.ServiceUnavailable, "")
                : (HttpStatusCode.Created, ScriptedHandler.File("tx-open-201-read.json")),
            _ => (HttpStatusCode.OK, ScriptedHandler.File("tx-commit-200.json")),
        });
        using var client = new Neo4jHttpClient(new Neo4jConnection(Base), handler, new Neo4jRetryOptions(2, TimeSpan.FromMilliseconds(1)));

        var result = await client.RunReadOnlyAsync(Count);

        Assert.Equal(2, opens);
        Assert.Single(result.Rows);
    }

    [Theory]
    [InlineData("""{"contains_updates": false, "nodes_deleted": 0}""", false)]
    [InlineData("""{"contains_updates": false, "labels_removed": 1}""", true)]
    [InlineData("""{"containsUpdates": true}""", true)]
    [InlineData("""{"containsUpdates": false, "containsSystemUpdates": true, "systemUpdates": 1}""", true)]
    public void Any_true_flag_or_positive_counter_counts_as_an_update(string counters, bool updates)
    {
        using var doc = JsonDocument.Parse(counters);
        Assert.Equal(updates, Neo4jCounters.ReportsUpdates(doc.RootElement));
    }

    [Fact]
    public async Task Server_info_names_the_explicit_transaction_endpoint_of_each_api()
    {
        var (_, c3) = Server3("tx-open-201-read.json");
        var (_, c5) = Server5(() => (HttpStatusCode.OK, "{}"));
        Assert.Equal("http://neo4j.test:7474/db/data/transaction", (await c3.DiscoverAsync()).TransactionEndpoint.ToString());
        Assert.Equal("http://neo4j.test:7474/db/news/query/v2/tx", (await c5.DiscoverAsync()).TransactionEndpoint.ToString());
        using var c4 = new Neo4jHttpClient(new Neo4jConnection(Base), new ScriptedHandler(_ => (HttpStatusCode.OK, ScriptedHandler.File("discovery-4.json"))));
        Assert.Equal("http://neo4j.test:7474/db/neo4j/tx", (await c4.DiscoverAsync()).TransactionEndpoint.ToString());
    }
}
