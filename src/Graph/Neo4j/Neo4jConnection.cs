namespace Graph.Neo4j;

/// <summary>
/// Where and how to reach Neo4j over HTTP(S). Credentials: basic (<see cref="User"/>/<see cref="Password"/>) or a
/// bearer <see cref="Token"/>. <see cref="ToString"/> never shows the password or the token.
/// </summary>
public sealed record Neo4jConnection
{
    public Neo4jConnection(Uri baseUri, string? user = null, string? password = null, string? token = null, string? database = null)
    {
        if (baseUri.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException(
                $"Neo4j URL '{Redact(baseUri)}' must be http:// or https:// (the HTTP API, port 7474/7473), not {baseUri.Scheme}://.",
                nameof(baseUri));
        }

        // Credentials written into the URL (http://user:pass@host) are taken out of it, never sent or shown as part of it.
        if (!string.IsNullOrEmpty(baseUri.UserInfo))
        {
            var parts = baseUri.UserInfo.Split(':', 2);
            user ??= Uri.UnescapeDataString(parts[0]);
            password ??= parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : null;
            baseUri = new UriBuilder(baseUri) { UserName = "", Password = "" }.Uri;
        }

        BaseUri = baseUri;
        User = string.IsNullOrEmpty(user) ? null : user;
        Password = string.IsNullOrEmpty(password) ? null : password;
        Token = string.IsNullOrEmpty(token) ? null : token;
        Database = string.IsNullOrEmpty(database) ? null : database;
    }

    public Uri BaseUri { get; }

    public string? User { get; }

    public string? Password { get; }

    public string? Token { get; }

    /// <summary>The database name; null means the server's default (neo4j on 4.x/5.x, the only one on 3.x).</summary>
    public string? Database { get; }

    /// <summary>Builds a connection from explicit values, falling back to NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_TOKEN, NEO4J_DATABASE.</summary>
    public static Neo4jConnection From(
        string? uri, string? user, string? password, string? token, string? database, Func<string, string?> environment)
    {
        uri ??= environment("NEO4J_URI") ?? "http://localhost:7474";
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed))
        {
            throw new ArgumentException($"'{uri}' is not an absolute URL; use e.g. http://localhost:7474.", nameof(uri));
        }

        return new Neo4jConnection(
            parsed,
            user ?? environment("NEO4J_USER") ?? environment("NEO4J_USERNAME"),
            password ?? environment("NEO4J_PASSWORD"),
            token ?? environment("NEO4J_TOKEN"),
            database ?? environment("NEO4J_DATABASE"));
    }

    public override string ToString()
    {
        var auth = Token is not null ? "bearer token" : User is not null ? $"user {User}" : "no auth";
        return $"{Redact(BaseUri)} ({auth}{(Database is null ? "" : ", database " + Database)})";
    }

    private static string Redact(Uri uri) => string.IsNullOrEmpty(uri.UserInfo)
        ? uri.GetLeftPart(UriPartial.Path)
        : new UriBuilder(uri) { UserName = "", Password = "" }.Uri.GetLeftPart(UriPartial.Path);
}
