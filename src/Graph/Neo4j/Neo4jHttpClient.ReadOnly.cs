using System.Net.Http.Headers;
using System.Text.Json;

namespace Graph.Neo4j;

/// <summary>
/// Read-only runs: the statement goes into an explicit transaction opened in read access mode (Query API
/// <c>"accessMode": "Read"</c>; transactional endpoint header <c>access-mode: READ</c>, honoured by 4.4.4+), and its
/// update counters are checked before commit, so servers that ignore the access mode (3.x) are guarded too: a statement
/// that changed anything is rolled back (DELETE on the transaction) and refused with <see cref="Neo4jWriteRefusedException"/>.
/// </summary>
public sealed partial class Neo4jHttpClient
{
    /// <summary>The server's code for a write attempted in a read-access transaction (4.x/5.x).</summary>
    internal const string AccessModeCode = "Neo.ClientError.Statement.AccessMode";

    private const string AffinityHeader = "neo4j-cluster-affinity";

    private static readonly byte[] OpenReadOnlyQueryApi = """{"accessMode":"Read"}"""u8.ToArray();

    private static readonly byte[] NoStatements = """{"statements":[]}"""u8.ToArray();

    /// <summary>
    /// Runs one statement read-only: committed (and its rows returned) only when the server reports no update;
    /// otherwise rolled back and refused with <see cref="Neo4jWriteRefusedException"/>. Transient failures retry the whole
    /// transaction, which is safe: nothing it did is ever committed unless it changed nothing.
    /// </summary>
    public async Task<StatementResult> RunReadOnlyAsync(
        string statement, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        var server = await DiscoverAsync(cancellationToken).ConfigureAwait(false);
        var body = RequestBody(server.Api, statement, parameters);
        try
        {
            return await WithRetryAsync(
                ct => server.Api == Neo4jApi.QueryApi
                    ? ReadOnlyQueryApiAsync(server, statement, body, ct)
                    : ReadOnlyTransactionalAsync(server, statement, body, ct),
                cancellationToken).ConfigureAwait(false);
        }
        catch (Neo4jStatementException e) when (e.Code == AccessModeCode)
        {
            throw new Neo4jWriteRefusedException(statement,
                $"Refused in read-only mode: Neo4j will not run the statement starting '{Neo4jWriteRefusedException.FirstLine(statement)}' " +
                $"in a read transaction ({e.Message}); nothing was written. {UseWrite}", e.Code);
        }
    }

    private const string UseWrite = "Run cypher with --write if the statement is meant to change the graph.";

    /// <summary>3.x/4.x/5.x transactional endpoint: open (statement + stats, access-mode READ), then commit or DELETE.</summary>
    private async Task<StatementResult> ReadOnlyTransactionalAsync(Neo4jServerInfo server, string statement, byte[] body, CancellationToken ct)
    {
        Uri? tx = null;
        var settled = false;
        try
        {
            StatementResult result;
            JsonElement stats;
            Uri commit;
            using (var open = await ExchangeAsync(HttpMethod.Post, server.TransactionEndpoint, body, ("access-mode", "READ"), ct).ConfigureAwait(false))
            {
                var root = open.Root;
                var commitUrl = root is { ValueKind: JsonValueKind.Object } r && r.TryGetProperty("commit", out var c) && c.ValueKind == JsonValueKind.String
                    ? Rebase(c.GetString()!)
                    : null;
                tx = open.Response.Headers.Location is { } location ? Rebase(location.ToString())
                    : commitUrl is not null ? new Uri(commitUrl.GetLeftPart(UriPartial.Path)[..^"/commit".Length])
                    : null;
                ThrowOnFailure(open.Response.StatusCode, root, server.TransactionEndpoint);
                if (tx is null)
                {
                    throw new Neo4jStatementException(
                        $"Neo4j at {Safe(server.TransactionEndpoint)} opened no transaction (no Location header, no 'commit' URL); cannot run read-only. {UseWrite}");
                }

                commit = commitUrl ?? new Uri(tx.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/commit");
                var answer = Answer(root, server.TransactionEndpoint);
                result = ParseTransactional(answer);
                stats = answer.TryGetProperty("results", out var results) && results.ValueKind == JsonValueKind.Array && results.GetArrayLength() > 0
                        && results[0].TryGetProperty("stats", out var s)
                    ? s.Clone()
                    : default;
            }

            if (UpdateReason(statement, stats, "stats") is { } reason)
            {
                settled = true;
                throw Refusal(statement, reason, await TryRollbackAsync(tx, null).ConfigureAwait(false));
            }

            using (var committed = await ExchangeAsync(HttpMethod.Post, commit, NoStatements, null, ct).ConfigureAwait(false))
            {
                settled = true;
                ThrowOnFailure(committed.Response.StatusCode, committed.Root, commit);
            }

            return result;
        }
        catch (Exception) when (!settled && tx is not null)
        {
            settled = true;
            await TryRollbackAsync(tx, null).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Query API (5.19+): begin (accessMode Read), run (statement + counters), then commit or DELETE.</summary>
    private async Task<StatementResult> ReadOnlyQueryApiAsync(Neo4jServerInfo server, string statement, byte[] body, CancellationToken ct)
    {
        Uri? tx = null;
        string? affinity = null;
        var settled = false;
        try
        {
            using (var open = await ExchangeAsync(HttpMethod.Post, server.TransactionEndpoint, OpenReadOnlyQueryApi, null, ct).ConfigureAwait(false))
            {
                ThrowOnFailure(open.Response.StatusCode, open.Root, server.TransactionEndpoint);
                affinity = open.Response.Headers.TryGetValues(AffinityHeader, out var a) ? a.FirstOrDefault() : null;
                var id = open.Root is { ValueKind: JsonValueKind.Object } r && r.TryGetProperty("transaction", out var t)
                         && t.ValueKind == JsonValueKind.Object && t.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.String
                    ? i.GetString()
                    : null;
                if (string.IsNullOrEmpty(id))
                {
                    throw new Neo4jStatementException(
                        $"Neo4j at {Safe(server.TransactionEndpoint)} opened no transaction (no transaction.id in its answer); cannot run read-only. {UseWrite}");
                }

                tx = new Uri(server.TransactionEndpoint.GetLeftPart(UriPartial.Path) + "/" + Uri.EscapeDataString(id));
            }

            StatementResult result;
            JsonElement counters;
            using (var run = await ExchangeAsync(HttpMethod.Post, tx, body, Affinity(affinity), ct).ConfigureAwait(false))
            {
                ThrowOnFailure(run.Response.StatusCode, run.Root, tx);
                var answer = Answer(run.Root, tx);
                result = ParseQueryApi(answer);
                counters = answer.TryGetProperty("counters", out var c) ? c.Clone() : default;
            }

            if (UpdateReason(statement, counters, "counters") is { } reason)
            {
                settled = true;
                throw Refusal(statement, reason, await TryRollbackAsync(tx, affinity).ConfigureAwait(false));
            }

            var commit = new Uri(tx.GetLeftPart(UriPartial.Path) + "/commit");
            using (var committed = await ExchangeAsync(HttpMethod.Post, commit, null, Affinity(affinity), ct).ConfigureAwait(false))
            {
                settled = true;
                ThrowOnFailure(committed.Response.StatusCode, committed.Root, commit);
            }

            return result;
        }
        catch (Exception) when (!settled && tx is not null)
        {
            settled = true;
            await TryRollbackAsync(tx, affinity).ConfigureAwait(false);
            throw;
        }
    }

    private static (string, string)? Affinity(string? affinity) => affinity is null ? null : (AffinityHeader, affinity);

    private static JsonElement Answer(JsonElement? root, Uri url) => root is { ValueKind: JsonValueKind.Object } r
        ? r
        : throw new Neo4jStatementException($"Neo4j at {Safe(url)} answered without a JSON object; cannot run read-only. {UseWrite}");

    /// <summary>Why the statement is refused: its counters report a change, or the server sent none to check; null when it changed nothing.</summary>
    internal static string? UpdateReason(string statement, JsonElement counters, string what)
    {
        var first = Neo4jWriteRefusedException.FirstLine(statement);
        return counters.ValueKind != JsonValueKind.Object
            ? $"Neo4j sent no update {what} for the statement starting '{first}', so it cannot be shown to be read-only"
            : Neo4jCounters.ReportsUpdates(counters)
                ? $"the statement starting '{first}' changed the graph ({(Neo4jCounters.DescribeUpdates(counters) is { Length: > 0 } d ? d : "contains updates")})"
                : null;
    }

    private static Neo4jWriteRefusedException Refusal(string statement, string reason, bool rolledBack) => new(statement,
        $"Refused in read-only mode: {reason}; its transaction was " +
        (rolledBack ? "rolled back" : "left uncommitted (the rollback request failed; Neo4j drops it when it times out)") +
        $", nothing was written. {UseWrite}");

    /// <summary>DELETE on the transaction; true when the server confirmed. Never throws: the transaction is never committed either way.</summary>
    private async Task<bool> TryRollbackAsync(Uri tx, string? affinity)
    {
        try
        {
            using var rollback = await ExchangeAsync(HttpMethod.Delete, tx, null, Affinity(affinity), CancellationToken.None).ConfigureAwait(false);
            ThrowOnFailure(rollback.Response.StatusCode, rollback.Root, tx);
            return true;
        }
        catch (Exception e) when (e is Neo4jException or HttpRequestException or OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>One request with an optional JSON body and one optional extra header; the caller disposes the answer.</summary>
    private async Task<Exchange> ExchangeAsync(HttpMethod method, Uri url, byte[]? body, (string Name, string Value)? header, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }

        if (header is { } h)
        {
            request.Headers.TryAddWithoutValidation(h.Name, h.Value);
        }

        var response = await SendAsync(() => _http.SendAsync(request, ct), url, ct).ConfigureAwait(false);
        try
        {
            return new Exchange(response, await ReadJsonAsync(response, ct).ConfigureAwait(false));
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private sealed class Exchange(HttpResponseMessage response, JsonDocument? doc) : IDisposable
    {
        public HttpResponseMessage Response { get; } = response;

        public JsonElement? Root => doc?.RootElement;

        public void Dispose()
        {
            doc?.Dispose();
            Response.Dispose();
        }
    }
}
