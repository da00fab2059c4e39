namespace Graph.Cli;

/// <summary>Process exit codes (documented in README).</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>Bad command line or nothing to read.</summary>
    public const int Usage = 2;
    /// <summary>A bad input file under --strict.</summary>
    public const int BadInput = 3;
    /// <summary>The output could not be written.</summary>
    public const int OutputFailed = 4;
    /// <summary>Neo4j could not be reached.</summary>
    public const int Neo4jUnreachable = 10;
    /// <summary>Neo4j refused the credentials.</summary>
    public const int Neo4jAuth = 11;
    /// <summary>The Neo4j database does not exist.</summary>
    public const int Neo4jDatabase = 12;
    /// <summary>Neo4j rejected a statement (Cypher syntax, constraint violation).</summary>
    public const int Neo4jStatement = 13;
    /// <summary>cypher without --write: a statement would have changed the graph; it was rolled back.</summary>
    public const int Neo4jWriteRefused = 14;
    /// <summary>Unexpected internal error.</summary>
    public const int Internal = 70;
}
