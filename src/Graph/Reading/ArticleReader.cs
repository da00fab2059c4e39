namespace Graph.Reading;

/// <summary>
/// Reads one article file in the seed layout (graph-model.md) into an <see cref="Article"/>: detects the encoding,
/// keeps the body once, drops web-page noise, takes the union of both sides of unresolved git conflicts, and works out
/// id, year and date. A file that is not an article throws <see cref="ArticleFormatException"/> with the reason.
/// </summary>
public sealed class ArticleReader(ReaderOptions? options = null)
{
    public const string EmptyReason = "empty file";

    private readonly ReaderOptions options = options ?? ReaderOptions.Default;

    public ReaderOptions Options => options;

    /// <summary>Reads the whole stream (at most <see cref="ReaderOptions.MaxFileBytes"/>) as one article.</summary>
    /// <param name="sourceName">The file name, kept as <see cref="Article.Source"/> and used in error messages.</param>
    public Article Read(string sourceName, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        ArgumentNullException.ThrowIfNull(stream);
        var bytes = ReadLimited(sourceName, stream);
        if (bytes.Length == 0)
        {
            throw new ArticleFormatException(sourceName, EmptyReason);
        }

        var text = TextDecoder.Decode(sourceName, bytes);
        if (string.IsNullOrWhiteSpace(text.Replace('\uFEFF', ' ').Replace('\u3000', ' ')))
        {
            throw new ArticleFormatException(sourceName, EmptyReason);
        }

        if (LooksLikeControlText(text))
        {
            throw new ArticleFormatException(sourceName, TextDecoder.BinaryReason);
        }

        return Parse(sourceName, text);
    }

    /// <summary>Parses already decoded text (no size or encoding checks).</summary>
    public Article Parse(string sourceName, string text)
    {
        var parsed = ArticleTextParser.Parse(text);
        if (parsed.Paragraphs.IsEmpty)
        {
            var reason = parsed.OnlyParts.IsEmpty ? "no article text" : $"no article text (only {string.Join(", ", parsed.OnlyParts)})";
            throw new ArticleFormatException(sourceName, reason);
        }

        var body = string.Join('\n', parsed.Paragraphs);
        var title = ArticleIds.NormalizeTitle(parsed.Title);
        if (title.Length == 0)
        {
            title = Path.GetFileNameWithoutExtension(sourceName);
        }

        var url = parsed.Url.Trim();
        var (date, year) = ArticleDating.Resolve(url, title, body, parsed.Published);
        return new Article(
            ArticleIds.For(url, title),
            sourceName,
            title,
            url,
            parsed.Summary,
            body,
            date,
            year,
            parsed.Annotations);
    }

    private byte[] ReadLimited(string sourceName, Stream stream)
    {
        var limit = options.MaxFileBytes;
        if (stream.CanSeek && stream.Length - stream.Position > limit)
        {
            throw new ArticleFormatException(sourceName, options.TooLargeReason);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw new ArticleFormatException(sourceName, options.TooLargeReason);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>Decoded text that is mostly control characters (e.g. UTF-16 with BOM wrapping binary data).</summary>
    private static bool LooksLikeControlText(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 8192));
        var control = 0;
        foreach (var c in sample)
        {
            if (char.IsControl(c) && c is not '\n' and not '\r' and not '\t' and not '\f')
            {
                control++;
            }
        }

        return control > 0 && (sample.Contains('\0') || control * 10 > sample.Length);
    }
}
