namespace Graph.Neo4j;

/// <summary>The Cypher dialect a server takes for schema statements.</summary>
public enum CypherDialect
{
    /// <summary>Neo4j 3.x: <c>CREATE CONSTRAINT ON (n:L) ASSERT n.k IS UNIQUE</c>.</summary>
    Neo4j3,

    /// <summary>Neo4j 4.x: <c>CREATE CONSTRAINT name IF NOT EXISTS ON (n:L) ASSERT n.k IS UNIQUE</c>.</summary>
    Neo4j4,

    /// <summary>Neo4j 5 and later: <c>CREATE CONSTRAINT name IF NOT EXISTS FOR (n:L) REQUIRE n.k IS UNIQUE</c>.</summary>
    Neo4j5,
}

/// <summary>Which HTTP API statements go to.</summary>
public enum Neo4jApi
{
    /// <summary>Query API (5.19+): <c>POST /db/{db}/query/v2</c>, one statement per request, implicit transaction.</summary>
    QueryApi,

    /// <summary>Transactional endpoint: <c>POST .../tx/commit</c> (4.x/5.x) or <c>/db/data/transaction/commit</c> (3.x).</summary>
    Transactional,
}

/// <summary>What the discovery document says: server version, the API chosen and the endpoint statements are posted to.</summary>
public sealed record Neo4jServerInfo(string Version, CypherDialect Dialect, Neo4jApi Api, Uri Endpoint, string? Database)
{
    public static CypherDialect DialectOf(string version)
    {
        var major = int.TryParse(version.Split('.', '-')[0], out var m) ? m : 5;
        return major switch
        {
            <= 3 => CypherDialect.Neo4j3,
            4 => CypherDialect.Neo4j4,
            _ => CypherDialect.Neo4j5,
        };
    }

    /// <summary>
    /// Where explicit transactions are opened: <c>…/query/v2/tx</c> (Query API), <c>…/tx</c> (4.x/5.x) or
    /// <c>/db/data/transaction</c> (3.x); <see cref="Endpoint"/> minus its <c>/commit</c> on the transactional endpoint.
    /// </summary>
    public Uri TransactionEndpoint => Api == Neo4jApi.QueryApi
        ? new Uri(Endpoint.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/tx")
        : new Uri(Endpoint.GetLeftPart(UriPartial.Path) is var p && p.EndsWith("/commit", StringComparison.Ordinal) ? p[..^"/commit".Length] : p);

    public override string ToString() => $"Neo4j {Version} via {(Api == Neo4jApi.QueryApi ? "Query API" : "transactional HTTP endpoint")} {Endpoint.AbsolutePath}";
}
