namespace Graph.Reading;

/// <summary>Limits for reading article files.</summary>
/// <param name="MaxFileBytes">A larger file is skipped without being read into memory (default 8 MB).</param>
public sealed record ReaderOptions(long MaxFileBytes = ReaderOptions.DefaultMaxFileBytes)
{
    public const long DefaultMaxFileBytes = 8L * 1024 * 1024;

    public static ReaderOptions Default { get; } = new();

    /// <summary>The skip reason for a file over <see cref="MaxFileBytes"/>.</summary>
    public string TooLargeReason =>
        MaxFileBytes % (1024 * 1024) == 0
            ? $"larger than the {MaxFileBytes / (1024 * 1024)} MB limit for one article; split it"
            : $"larger than the {MaxFileBytes} byte limit for one article; split it";
}
