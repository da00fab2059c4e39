namespace Graph.Export;

/// <summary>An export could not be written or an exported file could not be read back; the message says which and what to do.</summary>
public sealed class ExportException : Exception
{
    public ExportException(string message)
        : base(message)
    {
    }

    public ExportException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
