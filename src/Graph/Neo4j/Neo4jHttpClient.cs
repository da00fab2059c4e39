using System.Collections.Immutable;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Polly;
using Polly.Retry;

namespace Graph.Neo4j;

/// <summary>How transient failures are retried (exponential backoff with jitter).</summary>
public sealed record Neo4jRetryOptions(int MaxRetries = 4, TimeSpan? BaseDelay = null)
{
    public static readonly Neo4jRetryOptions Default = new();

    public static readonly Neo4jRetryOptions None = new(0);

    public TimeSpan Delay => BaseDelay ?? TimeSpan.FromMilliseconds(250);
}

/// <summary>The rows and counters of one statement. Values are JSON as the server sent them.</summary>
public sealed record StatementResult(ImmutableArray<string> Fields, ImmutableArray<ImmutableArray<JsonElement>> Rows, Neo4jCounters Counters);

/// <summary>
/// Talks to Neo4j over its HTTP APIs with HttpClient + System.Text.Json: reads the discovery document to pick the
/// Query API (5.19+) or the transactional endpoint (3.x/4.x/older 5.x), runs each statement as one transaction,
/// retries transient failures and turns every failure into a specific <see cref="Neo4jException"/>.
/// </summary>
public sealed partial class Neo4jHttpClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly ResiliencePipeline _retry;
    private readonly Neo4jRetryOptions _retryOptions;
    private Neo4jServerInfo? _server;

    public Neo4jHttpClient(Neo4jConnection connection, HttpMessageHandler? handler = null, Neo4jRetryOptions? retry = null)
    {
        Connection = connection;
        _http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        _http.Timeout = TimeSpan.FromMinutes(5);
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        _http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("graph-loader", "1.0"));
        if (connection.Token is not null)
        {
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", connection.Token);
        }
        else if (connection.User is not null)
        {
            var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{connection.User}:{connection.Password}"));
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", basic);
        }

        _retryOptions = retry ?? Neo4jRetryOptions.Default;
        var builder = new ResiliencePipelineBuilder();
        if (_retryOptions.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Neo4jTransientException>(),
                MaxRetryAttempts = _retryOptions.MaxRetries,
                Delay = _retryOptions.Delay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
            });
        }

        _retry = builder.Build();
    }

    public Neo4jConnection Connection { get; }

    /// <summary>Reads the discovery document (<c>GET /</c>, and <c>GET /db/data/</c> on 3.x) once.</summary>
    public async Task<Neo4jServerInfo> DiscoverAsync(CancellationToken cancellationToken = default)
    {
        if (_server is not null)
        {
            return _server;
        }

        _server = await WithRetryAsync(async ct =>
        {
            using var root = await GetJsonAsync(new Uri(Connection.BaseUri, "/"), ct).ConfigureAwait(false);
            return await InterpretDiscoveryAsync(root.RootElement, ct).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
        return _server;
    }

    private async Task<Neo4jServerInfo> InterpretDiscoveryAsync(JsonElement root, CancellationToken ct)
    {
        if (root.TryGetProperty("neo4j_version", out var v) && v.ValueKind == JsonValueKind.String)
        {
            var version = v.GetString()!;
            var db = Connection.Database ?? "neo4j";
            if (root.TryGetProperty("query", out var q) && q.ValueKind == JsonValueKind.String)
            {
                return new Neo4jServerInfo(version, Neo4jServerInfo.DialectOf(version), Neo4jApi.QueryApi, Endpoint(q.GetString()!, db, ""), db);
            }

            if (root.TryGetProperty("transaction", out var t) && t.ValueKind == JsonValueKind.String)
            {
                return new Neo4jServerInfo(version, Neo4jServerInfo.DialectOf(version), Neo4jApi.Transactional, Endpoint(t.GetString()!, db, "/commit"), db);
            }

            throw new Neo4jUnreachableException($"The discovery document of {Connection.BaseUri} names neither a 'query' nor a 'transaction' endpoint; is this the Neo4j HTTP port?");
        }

        if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.String)
        {
            // Neo4j 3.x: GET / only points at the data document, which names the transaction endpoint and the version.
            using var doc = await GetJsonAsync(Rebase(data.GetString()!), ct).ConfigureAwait(false);
            var d = doc.RootElement;
            var version = d.TryGetProperty("neo4j_version", out var dv) ? dv.GetString() ?? "3" : "3";
            if (!d.TryGetProperty("transaction", out var tx) || tx.ValueKind != JsonValueKind.String)
            {
                throw new Neo4jUnreachableException($"The Neo4j {version} data document at {Rebase(data.GetString()!)} names no 'transaction' endpoint.");
            }

            if (Connection.Database is not null && Connection.Database is not ("neo4j" or "graph.db"))
            {
                throw new Neo4jDatabaseNotFoundException(
                    $"Neo4j {version} at {Connection.BaseUri} serves a single database; database '{Connection.Database}' does not exist there. Leave --database / NEO4J_DATABASE unset.");
            }

            return new Neo4jServerInfo(version, Neo4jServerInfo.DialectOf(version), Neo4jApi.Transactional, Rebase(tx.GetString()!.TrimEnd('/') + "/commit"), null);
        }

        throw new Neo4jUnreachableException($"{Connection.BaseUri} answered, but not with a Neo4j discovery document; is this the Neo4j HTTP port (7474, https 7473)?");
    }

    /// <summary>The discovered URL's path on the base URL the user gave (so proxies, https and port mappings keep working).</summary>
    private Uri Endpoint(string template, string database, string suffix) =>
        Rebase(template.Replace("{databaseName}", Uri.EscapeDataString(database), StringComparison.Ordinal).TrimEnd('/') + suffix);

    private Uri Rebase(string url) => Uri.TryCreate(url, UriKind.Absolute, out var u)
        ? new Uri(Connection.BaseUri, u.PathAndQuery)
        : new Uri(Connection.BaseUri, url);

    /// <summary>Runs one statement in its own transaction (committed, or rolled back whole on error), retrying transient failures.</summary>
    public async Task<StatementResult> RunAsync(
        string statement, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        var server = await DiscoverAsync(cancellationToken).ConfigureAwait(false);
        var body = RequestBody(server.Api, statement, parameters);
        return await WithRetryAsync(ct => PostAsync(server, body, ct), cancellationToken).ConfigureAwait(false);
    }

    internal static byte[] RequestBody(Neo4jApi api, string statement, IReadOnlyDictionary<string, object?>? parameters)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms))
        {
            w.WriteStartObject();
            if (api == Neo4jApi.QueryApi)
            {
                WriteStatement(w, statement, parameters, "includeCounters");
            }
            else
            {
                w.WriteStartArray("statements");
                w.WriteStartObject();
                WriteStatement(w, statement, parameters, "includeStats");
                w.WriteEndObject();
                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        return ms.ToArray();
    }

    private static void WriteStatement(Utf8JsonWriter w, string statement, IReadOnlyDictionary<string, object?>? parameters, string countersFlag)
    {
        w.WriteString("statement", statement);
        w.WritePropertyName("parameters");
        CypherValueJson.Write(w, parameters ?? new Dictionary<string, object?>());
        w.WriteBoolean(countersFlag, true);
    }

    private async Task<StatementResult> PostAsync(Neo4jServerInfo server, byte[] body, CancellationToken ct)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        using var response = await SendAsync(() => _http.PostAsync(server.Endpoint, content, ct), server.Endpoint, ct).ConfigureAwait(false);
        var doc = await ReadJsonAsync(response, ct).ConfigureAwait(false);
        using (doc)
        {
            ThrowOnFailure(response.StatusCode, doc?.RootElement, server.Endpoint);
            var root = doc!.RootElement;
            return server.Api == Neo4jApi.QueryApi ? ParseQueryApi(root) : ParseTransactional(root);
        }
    }

    private static StatementResult ParseQueryApi(JsonElement root)
    {
        var fields = ImmutableArray<string>.Empty;
        var rows = ImmutableArray.CreateBuilder<ImmutableArray<JsonElement>>();
        if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            if (data.TryGetProperty("fields", out var f) && f.ValueKind == JsonValueKind.Array)
            {
                fields = [.. f.EnumerateArray().Select(x => x.GetString() ?? "")];
            }

            if (data.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Array)
            {
                foreach (var row in values.EnumerateArray())
                {
                    rows.Add([.. row.EnumerateArray().Select(x => x.Clone())]);
                }
            }
        }

        var counters = root.TryGetProperty("counters", out var c) ? Neo4jCounters.Parse(c) : Neo4jCounters.None;
        return new StatementResult(fields, rows.ToImmutable(), counters);
    }

    private static StatementResult ParseTransactional(JsonElement root)
    {
        if (!root.TryGetProperty("results", out var results) || results.ValueKind != JsonValueKind.Array || results.GetArrayLength() == 0)
        {
            return new StatementResult([], [], Neo4jCounters.None);
        }

        var r = results[0];
        var fields = r.TryGetProperty("columns", out var cols) ? [.. cols.EnumerateArray().Select(x => x.GetString() ?? "")] : ImmutableArray<string>.Empty;
        var rows = ImmutableArray.CreateBuilder<ImmutableArray<JsonElement>>();
        if (r.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Array)
        {
            foreach (var d in data.EnumerateArray())
            {
                if (d.TryGetProperty("row", out var row))
                {
                    rows.Add([.. row.EnumerateArray().Select(x => x.Clone())]);
                }
            }
        }

        var counters = r.TryGetProperty("stats", out var s) ? Neo4jCounters.Parse(s) : Neo4jCounters.None;
        return new StatementResult(fields, rows.ToImmutable(), counters);
    }

    private async Task<JsonDocument> GetJsonAsync(Uri url, CancellationToken ct)
    {
        using var response = await SendAsync(() => _http.GetAsync(url, ct), url, ct).ConfigureAwait(false);
        var doc = await ReadJsonAsync(response, ct).ConfigureAwait(false);
        try
        {
            ThrowOnFailure(response.StatusCode, doc?.RootElement, url);
        }
        catch
        {
            doc?.Dispose();
            throw;
        }

        return doc ?? throw new Neo4jUnreachableException($"{url} answered {(int)response.StatusCode} without a JSON body; is this the Neo4j HTTP port?");
    }

    private async Task<HttpResponseMessage> SendAsync(Func<Task<HttpResponseMessage>> send, Uri url, CancellationToken ct)
    {
        try
        {
            return await send().ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            // Refused, reset, DNS, TLS: retried as transient, reported as unreachable when retries run out.
            throw new Neo4jTransientException($"Cannot reach Neo4j at {Safe(url)}: {e.Message}", null, e);
        }
        catch (TaskCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw new Neo4jTransientException($"Neo4j at {Safe(url)} did not answer within {_http.Timeout.TotalSeconds:0} s.", null, e);
        }
    }

    private static async Task<JsonDocument?> ReadJsonAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync(ct).ConfigureAwait(false);
        if (bytes.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonDocument.Parse(bytes);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Maps an HTTP status and an <c>errors</c> array (also inside a 200/202 body) to the specific exception.</summary>
    internal void ThrowOnFailure(HttpStatusCode status, JsonElement? body, Uri url)
    {
        string? code = null, message = null;
        if (body is { ValueKind: JsonValueKind.Object } b && b.TryGetProperty("errors", out var errors)
            && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
        {
            var first = errors[0];
            code = first.TryGetProperty("code", out var c) ? c.GetString() : null;
            message = first.TryGetProperty("message", out var m) ? m.GetString() : null;
            if (errors.GetArrayLength() > 1)
            {
                message += $" (and {errors.GetArrayLength() - 1} more error(s))";
            }
        }

        var n = (int)status;
        if (code is null && message is null && n is >= 200 and < 300)
        {
            return;
        }

        var where = Safe(url);
        var detail = code is null ? message ?? $"HTTP {n}" : $"{code}: {message}";
        if (code == "Neo.ClientError.Security.AuthenticationRateLimit")
        {
            // Too many failed logins recently: wait and retry, the credentials may well be right.
            throw new Neo4jTransientException($"Neo4j at {where} rate-limits logins ({detail}).", code);
        }

        if (n is 401 or 403 || (code?.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal) ?? false))
        {
            var who = Connection.Token is not null ? "the bearer token" : Connection.User is not null ? $"user '{Connection.User}' and its password" : "no credentials";
            throw new Neo4jAuthenticationException(
                $"Neo4j at {where} refused {who} ({detail}). Set --user/--password (NEO4J_USER/NEO4J_PASSWORD) or --token (NEO4J_TOKEN).", code);
        }

        if (code == "Neo.ClientError.Database.DatabaseNotFound" || (n == 404 && code is null))
        {
            throw new Neo4jDatabaseNotFoundException(
                $"Database '{Connection.Database ?? "neo4j"}' was not found at {where} ({detail}). Create it or pick an existing one with --database / NEO4J_DATABASE.", code);
        }

        if (n == 503 || (code?.StartsWith("Neo.TransientError.", StringComparison.Ordinal) ?? false))
        {
            throw new Neo4jTransientException($"Neo4j at {where} reported a transient failure ({detail}).", code);
        }

        if (n == 404)
        {
            throw new Neo4jDatabaseNotFoundException(
                $"Neo4j at {where} answered 404 ({detail}): the database or transaction does not exist. Check --database / NEO4J_DATABASE.", code);
        }

        throw new Neo4jStatementException($"Neo4j rejected the statement ({detail}).", code);
    }

    private async Task<T> WithRetryAsync<T>(Func<CancellationToken, Task<T>> action, CancellationToken cancellationToken)
    {
        try
        {
            return await _retry.ExecuteAsync(async ct => await action(ct).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        }
        catch (Neo4jTransientException e) when (e.Code is null || e.InnerException is not null)
        {
            var tries = _retryOptions.MaxRetries + 1;
            throw new Neo4jUnreachableException(
                $"{e.Message} Gave up after {tries} attempt(s). Is Neo4j running (docker compose up -d) and is {Safe(Connection.BaseUri)} its HTTP URL (port 7474, https 7473)?",
                e);
        }
        catch (Neo4jTransientException e)
        {
            throw new Neo4jStatementException($"{e.Message} Still failing after {_retryOptions.MaxRetries + 1} attempt(s).", e.Code);
        }
    }

    private static string Safe(Uri url) => url.GetLeftPart(UriPartial.Path);

    public void Dispose() => _http.Dispose();
}
