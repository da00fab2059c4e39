namespace Graph.Reading;

/// <summary>One input file's result: the article, or why it was skipped.</summary>
public sealed record ReadOutcome(string Path, Article? Article, SkippedFile? Skipped)
{
    public static ReadOutcome Read(string path, Article article) => new(path, article, null);

    public static ReadOutcome Skip(string path, string reason) => new(path, null, new SkippedFile(path, reason));
}

/// <summary>
/// Expands files and folders into article files (folders: *.txt recursively, ordinal-sorted paths; each file once, in
/// input order) and reads each one; a bad file becomes a <see cref="SkippedFile"/> and the scan goes on.
/// </summary>
public sealed class ArticleSource(IArticleFileSystem fileSystem, ArticleReader reader)
{
    public const string MissingReason = "no such file or folder; check the path";

    public ArticleSource(ArticleReader reader)
        : this(PhysicalFileSystem.Instance, reader)
    {
    }

    /// <summary>The files to read, in order; a missing input is returned as-is and reported when read.</summary>
    public IEnumerable<string> Expand(IEnumerable<string> inputs)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            IEnumerable<string> files = fileSystem.DirectoryExists(input)
                ? fileSystem.EnumerateTextFiles(input).Order(StringComparer.Ordinal)
                : [input];
            foreach (var file in files)
            {
                if (seen.Add(file))
                {
                    yield return file;
                }
            }
        }
    }

    /// <summary>Reads every file of <paramref name="inputs"/>: each yields an article or a skip with its reason.</summary>
    public IEnumerable<ReadOutcome> ReadAll(IEnumerable<string> inputs, CancellationToken cancellationToken = default)
    {
        foreach (var path in Expand(inputs))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return ReadOne(path);
        }
    }

    /// <summary>Reads one file; never throws for a bad or unreadable file.</summary>
    public ReadOutcome ReadOne(string path)
    {
        try
        {
            if (!fileSystem.FileExists(path))
            {
                return ReadOutcome.Skip(path, MissingReason);
            }

            if (fileSystem.GetLength(path) > reader.Options.MaxFileBytes)
            {
                return ReadOutcome.Skip(path, reader.Options.TooLargeReason);
            }

            using var stream = fileSystem.OpenRead(path);
            return ReadOutcome.Read(path, reader.Read(Path.GetFileName(path), stream));
        }
        catch (ArticleFormatException e)
        {
            return ReadOutcome.Skip(path, e.Reason);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ReadOutcome.Skip(path, $"could not be read ({e.Message}); check that it exists and is readable");
        }
    }
}
