using System.Net;
using System.Text;
using System.Text.Json;
using Graph.Neo4j;

namespace Graph.Tests.Neo4j;

public sealed class QueryApiTests
{
    private static readonly Uri Base = new("http://neo4j.test:7474");

    private static (ScriptedHandler Handler, Neo4jHttpClient Client) Server5(Func<HttpRequestMessage, (HttpStatusCode, string)> query, Neo4jConnection? connection = null)
    {
        var handler = new ScriptedHandler(r => r.RequestUri!.AbsolutePath == "/"
            ? (HttpStatusCode.OK, ScriptedHandler.File("discovery-5.json"))
            : query(r));
        var client = new Neo4jHttpClient(connection ?? new Neo4jConnection(Base, "neo4j", "s3cret-pw", database: "news"), handler, new Neo4jRetryOptions(2, TimeSpan.FromMilliseconds(1)));
        return (handler, client);
    }

    [Fact]
    public async Task Discovery_of_5x_picks_the_query_api_of_the_named_database_on_the_given_host()
    {
        var (_, client) = Server5(_ => (HttpStatusCode.Accepted, "{}"));
        var info = await client.DiscoverAsync();
        Assert.Equal(Neo4jApi.QueryApi, info.Api);
        Assert.Equal(CypherDialect.Neo4j5, info.Dialect);
        Assert.Equal("http://neo4j.test:7474/db/news/query/v2", info.Endpoint.ToString());
    }

    [Fact]
    public async Task Discovery_without_a_query_endpoint_uses_the_transactional_commit_endpoint()
    {
        var handler = new ScriptedHandler(_ => (HttpStatusCode.OK, ScriptedHandler.File("discovery-4.json")));
        using var client = new Neo4jHttpClient(new Neo4jConnection(Base), handler);
        var info = await client.DiscoverAsync();
        Assert.Equal((Neo4jApi.Transactional, CypherDialect.Neo4j4), (info.Api, info.Dialect));
        Assert.Equal("/db/neo4j/tx/commit", info.Endpoint.AbsolutePath);
    }

    [Fact]
    public async Task Discovery_of_3x_follows_the_data_document_to_the_transaction_endpoint()
    {
        var handler = new ScriptedHandler(r => (HttpStatusCode.OK, ScriptedHandler.File(r.RequestUri!.AbsolutePath == "/" ? "discovery-3-root.json" : "discovery-3-data.json")));
        using var client = new Neo4jHttpClient(new Neo4jConnection(Base), handler);
        var info = await client.DiscoverAsync();
        Assert.Equal((Neo4jApi.Transactional, CypherDialect.Neo4j3, "3.1.1"), (info.Api, info.Dialect, info.Version));
        Assert.Equal("http://neo4j.test:7474/db/data/transaction/commit", info.Endpoint.ToString());
        Assert.Equal(["/", "/db/data/"], handler.Requests.Select(r => r.Request.RequestUri!.AbsolutePath));
    }

    [Fact]
    public async Task Query_api_rows_and_counters_are_read_and_the_request_carries_statement_parameters_and_counters_flag()
    {
        var (handler, client) = Server5(_ => (HttpStatusCode.Accepted, ScriptedHandler.File("query-202.json")));
        var result = await client.RunAsync("MATCH (p:Person {name: $name}) RETURN p.name AS name, 3 AS visits", new Dictionary<string, object?> { ["name"] = "黄某某" });

        Assert.Equal(["name", "visits"], result.Fields.AsEnumerable());
        Assert.Equal("黄某某", result.Rows[0][0].GetString());
        Assert.Equal(JsonValueKind.Null, result.Rows[1][1].ValueKind);
        Assert.Equal(new Neo4jCounters(NodesCreated: 2, RelationshipsCreated: 1, PropertiesSet: 5, LabelsAdded: 2), result.Counters);
        using var sent = JsonDocument.Parse(handler.Requests[^1].Body);
        Assert.Equal("黄某某", sent.RootElement.GetProperty("parameters").GetProperty("name").GetString());
        Assert.True(sent.RootElement.GetProperty("includeCounters").GetBoolean());
        Assert.StartsWith("MATCH", sent.RootElement.GetProperty("statement").GetString());
    }

    [Fact]
    public async Task Query_api_400_is_a_statement_error_with_the_server_code()
    {
        var (_, client) = Server5(_ => (HttpStatusCode.BadRequest, ScriptedHandler.File("query-400.json")));
        var e = await Assert.ThrowsAsync<Neo4jStatementException>(() => client.RunAsync("MATC (n) RETURN n"));
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", e.Code);
        Assert.Contains("Invalid input 'MATC'", e.Message);
    }

    [Fact]
    public async Task Query_api_401_is_an_authentication_error_that_names_the_user_but_never_the_password()
    {
        var (_, client) = Server5(_ => (HttpStatusCode.Unauthorized, ScriptedHandler.File("query-401.json")));
        var e = await Assert.ThrowsAsync<Neo4jAuthenticationException>(() => client.RunAsync("RETURN 1"));
        Assert.Contains("user 'neo4j'", e.Message);
        Assert.DoesNotContain("s3cret-pw", e.Message + client.Connection);
    }

    [Fact]
    public async Task Query_api_404_is_a_missing_database_error_naming_the_database()
    {
        var (_, client) = Server5(_ => (HttpStatusCode.NotFound, ScriptedHandler.File("query-404.json")));
        var e = await Assert.ThrowsAsync<Neo4jDatabaseNotFoundException>(() => client.RunAsync("RETURN 1"));
        Assert.Contains("'news'", e.Message);
    }

    [Fact]
    public async Task An_error_inside_a_202_body_is_not_taken_for_success()
    {
        var (_, client) = Server5(_ => (HttpStatusCode.Accepted, ScriptedHandler.File("query-202-error.json")));
        var e = await Assert.ThrowsAsync<Neo4jStatementException>(() => client.RunAsync("RETURN 1/0 AS x"));
        Assert.Equal("Neo.ClientError.Statement.ArithmeticError", e.Code);
    }

    [Fact]
    public async Task Transient_errors_are_retried_until_the_statement_succeeds()
    {
        var calls = 0;
        var (_, client) = Server5(_ => ++calls < 3
            ? (calls == 1 ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.BadRequest, calls == 1 ? "" : ScriptedHandler.File("query-transient.json"))
            : (HttpStatusCode.Accepted, ScriptedHandler.File("query-202.json")));
        var result = await client.RunAsync("RETURN 1");
        Assert.Equal(3, calls);
        Assert.Equal(2, result.Rows.Length);
    }

    [Fact]
    public async Task A_server_that_keeps_answering_503_is_reported_unreachable_after_the_retries()
    {
        var calls = 0;
        var (_, client) = Server5(_ => { calls++; return (HttpStatusCode.ServiceUnavailable, ""); });
        var e = await Assert.ThrowsAsync<Neo4jUnreachableException>(() => client.RunAsync("RETURN 1"));
        Assert.Equal(3, calls);
        Assert.Contains("3 attempt", e.Message);
    }

    [Fact]
    public async Task Transactional_endpoint_reports_errors_sent_with_http_200()
    {
        var handler = new ScriptedHandler(r => r.RequestUri!.AbsolutePath switch
        {
            "/" => (HttpStatusCode.OK, ScriptedHandler.File("discovery-3-root.json")),
            "/db/data/" => (HttpStatusCode.OK, ScriptedHandler.File("discovery-3-data.json")),
            _ => (HttpStatusCode.OK, ScriptedHandler.File("tx-200-error.json")),
        });
        using var client = new Neo4jHttpClient(new Neo4jConnection(Base), handler, Neo4jRetryOptions.None);
        var e = await Assert.ThrowsAsync<Neo4jStatementException>(() => client.RunAsync("CREATE (n:Organization {name: 'X'})"));
        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", e.Code);
        using var sent = JsonDocument.Parse(handler.Requests[^1].Body);
        Assert.True(sent.RootElement.GetProperty("statements")[0].GetProperty("includeStats").GetBoolean());
    }

    [Fact]
    public async Task Transactional_endpoint_rows_and_stats_are_read()
    {
        var handler = new ScriptedHandler(r => r.RequestUri!.AbsolutePath switch
        {
            "/" => (HttpStatusCode.OK, ScriptedHandler.File("discovery-4.json")),
            _ => (HttpStatusCode.OK, ScriptedHandler.File("tx-200.json")),
        });
        using var client = new Neo4jHttpClient(new Neo4jConnection(Base), handler);
        var result = await client.RunAsync("RETURN 1");
        Assert.Equal(["name", "visits"], result.Fields.AsEnumerable());
        Assert.Equal(3, result.Rows[0][1].GetInt32());
        Assert.Equal(new Neo4jCounters(NodesCreated: 4, RelationshipsCreated: 3, PropertiesSet: 8, LabelsAdded: 4, ConstraintsAdded: 1), result.Counters);
    }

    [Fact]
    public async Task A_bearer_token_is_sent_instead_of_basic_credentials()
    {
        var (handler, client) = Server5(_ => (HttpStatusCode.Accepted, ScriptedHandler.File("query-202.json")),
            new Neo4jConnection(new Uri("https://neo4j.test:7473"), token: "tok-123"));
        await client.RunAsync("RETURN 1");
        var auth = handler.Requests[^1].Request.Headers.Authorization!;
        Assert.Equal(("Bearer", "tok-123"), (auth.Scheme, auth.Parameter));
        Assert.Equal("https", handler.Requests[^1].Request.RequestUri!.Scheme);
        Assert.DoesNotContain("tok-123", client.Connection.ToString());
    }

    [Fact]
    public void Credentials_in_the_url_are_moved_out_of_it_and_never_shown()
    {
        var c = Neo4jConnection.From("http://alice:pa%40ss@db.example:7474", null, null, null, null, _ => null);
        Assert.Equal(("alice", "pa@ss"), (c.User, c.Password));
        Assert.Equal("http://db.example:7474/", c.BaseUri.ToString());
        Assert.DoesNotContain("pa@ss", c.ToString());
    }

    [Fact]
    public async Task A_port_nobody_listens_on_is_reported_unreachable()
    {
        using var client = new Neo4jHttpClient(new Neo4jConnection(new Uri("http://127.0.0.1:9")), null, new Neo4jRetryOptions(1, TimeSpan.FromMilliseconds(10)));
        var e = await Assert.ThrowsAsync<Neo4jUnreachableException>(() => client.RunAsync("RETURN 1"));
        Assert.Contains("127.0.0.1:9", e.Message);
    }

    [Fact]
    public async Task Query_api_works_over_a_real_loopback_http_connection()
    {
        using var listener = new HttpListener();
        var port = FreePort();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        var serving = Task.Run(async () =>
        {
            for (var i = 0; i < 2; i++)
            {
                var ctx = await listener.GetContextAsync();
                var isQuery = ctx.Request.Url!.AbsolutePath == "/db/neo4j/query/v2";
                ctx.Response.StatusCode = isQuery ? 202 : 200;
                var bytes = Encoding.UTF8.GetBytes(ScriptedHandler.File(isQuery ? "query-202.json" : "discovery-5.json"));
                ctx.Response.ContentType = "application/json";
                await ctx.Response.OutputStream.WriteAsync(bytes);
                ctx.Response.Close();
            }
        });
        using var client = new Neo4jHttpClient(new Neo4jConnection(new Uri($"http://127.0.0.1:{port}")), null, Neo4jRetryOptions.None);
        var result = await client.RunAsync("RETURN 1");
        await serving;
        Assert.Equal(2, result.Counters.NodesCreated);
        Assert.Equal(2, result.Rows.Length);
    }

    private static int FreePort()
    {
        using var l = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }
}
