namespace Graph.Neo4j;

/// <summary>What went wrong talking to Neo4j; the CLI maps each kind to its own exit code.</summary>
public enum Neo4jFailure
{
    Unreachable,
    Authentication,
    DatabaseNotFound,
    Statement,
    Transient,

    /// <summary>A read-only run's statement would have changed the database: rolled back, nothing written.</summary>
    WriteRefused,
}

/// <summary>Base of all Neo4j failures; <see cref="Code"/> is the server's status code (Neo.ClientError....) when it sent one.</summary>
public abstract class Neo4jException(Neo4jFailure failure, string message, string? code = null, Exception? inner = null)
    : Exception(message, inner)
{
    public Neo4jFailure Failure { get; } = failure;

    public string? Code { get; } = code;
}

/// <summary>The server could not be reached (refused, DNS, TLS, timeout) or kept answering 503.</summary>
public sealed class Neo4jUnreachableException(string message, Exception? inner = null)
    : Neo4jException(Neo4jFailure.Unreachable, message, null, inner);

/// <summary>The server refused the credentials (HTTP 401/403 or Neo.ClientError.Security.*).</summary>
public sealed class Neo4jAuthenticationException(string message, string? code = null)
    : Neo4jException(Neo4jFailure.Authentication, message, code);

/// <summary>The database named by --database / NEO4J_DATABASE does not exist on the server.</summary>
public sealed class Neo4jDatabaseNotFoundException(string message, string? code = null)
    : Neo4jException(Neo4jFailure.DatabaseNotFound, message, code);

/// <summary>The server rejected a statement: Cypher syntax, constraint violation, type error.</summary>
public sealed class Neo4jStatementException(string message, string? code = null)
    : Neo4jException(Neo4jFailure.Statement, message, code);

/// <summary>A transient failure (Neo.TransientError.*, 503, connection reset): retried with backoff before it surfaces.</summary>
public sealed class Neo4jTransientException(string message, string? code = null, Exception? inner = null)
    : Neo4jException(Neo4jFailure.Transient, message, code, inner);

/// <summary>
/// A statement run read-only (<see cref="Neo4jHttpClient.RunReadOnlyAsync"/>) changed the database, or the server refused it
/// in read access mode: its transaction was rolled back, nothing was written. <see cref="Statement"/> is the statement.
/// </summary>
public sealed class Neo4jWriteRefusedException(string statement, string message, string? code = null)
    : Neo4jException(Neo4jFailure.WriteRefused, message, code)
{
    public string Statement { get; } = statement;

    /// <summary>The statement's first non-blank line, shortened to 80 characters, as the messages quote it.</summary>
    public static string FirstLine(string statement)
    {
        var line = statement.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "";
        return line.Length <= 80 ? line : line[..79] + "…";
    }
}

/// <summary>One load batch failed and was rolled back whole; <see cref="Neo4jException.Failure"/> is the cause's kind.</summary>
public sealed class Neo4jBatchException(LoadBatch batch, Neo4jException cause)
    : Neo4jException(
        cause.Failure == Neo4jFailure.Transient ? Neo4jFailure.Statement : cause.Failure,
        $"Batch {batch} failed and was rolled back (nothing of it was written): {cause.Message}",
        cause.Code,
        cause)
{
    public LoadBatch Batch { get; } = batch;
}

/// <summary>Which batch of a load: the label or relationship type, the batch index and the row range (0-based, end exclusive).</summary>
public sealed record LoadBatch(string Target, int Index, int FirstRow, int EndRow)
{
    public override string ToString() => $"{Target} #{Index} (rows {FirstRow}..{EndRow - 1})";
}
