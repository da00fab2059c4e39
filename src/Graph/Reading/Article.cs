using System.Collections.Immutable;

namespace Graph.Reading;

/// <summary>The upstream tool's annotation lines (hints, can be wrong): union of both sides of a conflict.</summary>
public sealed record ArticleAnnotations(
    ImmutableArray<string> Keywords,
    ImmutableArray<string> Technologies,
    ImmutableArray<string> Industries,
    string EventSummary)
{
    public static readonly ArticleAnnotations None = new([], [], [], "");
}

/// <summary>
/// One parsed article file.
/// <para><see cref="Id"/>: stable hash of the URL, else of the title (graph-model.md).</para>
/// <para><see cref="Body"/>: the body text kept once, paragraphs joined by '\n', no annotation lines, no conflict markers.</para>
/// <para><see cref="Date"/>: the article date as ISO yyyy-MM-dd when the text or URL gives it; <see cref="Year"/> the year
/// known from the URL path or the text (used to complete dates such as 3月15日).</para>
/// </summary>
public sealed record Article(
    string Id,
    string Source,
    string Title,
    string Url,
    string Summary,
    string Body,
    string? Date,
    int? Year,
    ArticleAnnotations Annotations);

/// <summary>Why one input file was skipped.</summary>
public sealed record SkippedFile(string Source, string Reason);

/// <summary>A file that could not be read or parsed; the message names the file and what to do.</summary>
public sealed class ArticleFormatException(string source, string reason)
    : Exception($"{source}: {reason}")
{
    public string SourceName { get; } = source;

    public string Reason { get; } = reason;
}
