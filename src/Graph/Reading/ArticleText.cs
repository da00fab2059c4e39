using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;

namespace Graph.Reading;

/// <summary>
/// The seed layout parsed from decoded text (no dates, no id): header fields, body paragraphs kept once, annotations as
/// the union of both sides of any git conflict. Conflict marker lines are never text.
/// </summary>
internal sealed record ArticleText(
    string Title,
    string Url,
    string Summary,
    ImmutableArray<string> Paragraphs,
    ArticleAnnotations Annotations,
    ImmutableArray<string> OnlyParts,
    DateOnly? Published = null);

internal static partial class ArticleTextParser
{
    [GeneratedRegex(@"^<{7}(?:\s|$)")]
    private static partial Regex ConflictStart();

    [GeneratedRegex(@"^\|{7}(?:\s|$)")]
    private static partial Regex ConflictBase();

    [GeneratedRegex(@"^={7}\s*$")]
    private static partial Regex ConflictMiddle();

    [GeneratedRegex(@"^>{7}(?:\s|$)")]
    private static partial Regex ConflictEnd();

    [GeneratedRegex(@"^(?<key>标题|链接|总结)\s*[:：]\s*(?<value>.*)$")]
    private static partial Regex HeaderLine();

    [GeneratedRegex(@"^(?<key>关键词|AI技术|行业|重大事件摘要)\s*[:：]\s*(?<value>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex AnnotationLine();

    [GeneratedRegex(@"[,，、;；]")]
    private static partial Regex ItemSeparator();

    private static readonly char[] Blank = [' ', '\t', '\u3000', '\u00A0', '\uFEFF', '\u200B'];

    /// <summary>A line of the file with conflict sides laid one after the other; Boundary marks where a side starts or ends.</summary>
    private readonly record struct Line(string Text, bool Boundary);

    public static ArticleText Parse(string text)
    {
        var (lines, markers) = Linearize(text);
        string? title = null, url = null, summary = null;
        var body = new List<string>();
        var keywords = new List<string>();
        var technologies = new List<string>();
        var industries = new List<string>();
        var eventSummaries = new List<string>();
        List<string>? openSummary = null;
        var sawAnnotation = false;
        var sawHeader = false;

        void CloseSummary()
        {
            if (openSummary is { Count: > 0 })
            {
                eventSummaries.Add(string.Join('\n', openSummary));
            }

            openSummary = null;
        }

        foreach (var line in lines)
        {
            if (line.Boundary)
            {
                CloseSummary();
                continue;
            }

            var trimmed = line.Text.Trim(Blank).Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            var header = HeaderLine().Match(trimmed);
            if (header.Success)
            {
                CloseSummary();
                sawHeader = true;
                var value = header.Groups["value"].Value.Trim(Blank).Trim();
                switch (header.Groups["key"].Value)
                {
                    case "标题" when string.IsNullOrEmpty(title):
                        title = value;
                        break;
                    case "链接" when string.IsNullOrEmpty(url):
                        url = value;
                        break;
                    case "总结" when string.IsNullOrEmpty(summary):
                        summary = value;
                        break;
                }

                continue;
            }

            var annotation = AnnotationLine().Match(trimmed);
            if (annotation.Success)
            {
                CloseSummary();
                sawAnnotation = true;
                var value = annotation.Groups["value"].Value.Trim(Blank).Trim();
                switch (annotation.Groups["key"].Value.ToUpperInvariant())
                {
                    case "关键词":
                        keywords.AddRange(Items(value));
                        break;
                    case "AI技术":
                        technologies.AddRange(Items(value));
                        break;
                    case "行业":
                        industries.AddRange(Items(value));
                        break;
                    default:
                        openSummary = value.Length > 0 ? [value] : [];
                        break;
                }

                continue;
            }

            if (openSummary is not null)
            {
                openSummary.Add(trimmed);
                continue;
            }

            body.Add(trimmed);
        }

        CloseSummary();
        var published = body.Select(PublishedOn).FirstOrDefault(d => d is not null);
        var (kept, dropped) = NoiseFilter.Filter(body);
        var paragraphs = DistinctBy(kept, Key);

        var only = new List<string>();
        if (sawHeader)
        {
            only.Add("title/link lines");
        }

        if (sawAnnotation)
        {
            only.Add("annotation lines");
        }

        if (markers > 0)
        {
            only.Add("conflict markers");
        }

        if (dropped > 0)
        {
            only.Add("web-page noise");
        }

        var annotations = new ArticleAnnotations(
            [.. DistinctBy(keywords, s => s)],
            [.. DistinctBy(technologies, s => s)],
            [.. DistinctBy(industries, s => s)],
            MergeSummaries(eventSummaries));
        return new ArticleText(title ?? "", url ?? "", summary ?? "", [.. paragraphs], annotations, [.. only], published);
    }

    [GeneratedRegex(@"(?:发布时间|发布日期|发表时间|时间|日期)\s*[:：]\s*(?<date>20\d{2}(?:\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日?|[-/.]\d{1,2}[-/.]\d{1,2}))")]
    private static partial Regex PublishedLine();

    /// <summary>发布时间：2025-06-18 09:32 — the page's own publication date, in a line the noise filter drops.</summary>
    private static DateOnly? PublishedOn(string line) =>
        PublishedLine().Match(line) is { Success: true } m && ChineseDates.TryParseFull(m.Groups["date"].Value, out var date) ? date : null;

    /// <summary>Items split on , ， 、 ; ；, trimmed, empties dropped, duplicates removed in first-seen order.</summary>
    public static ImmutableArray<string> Items(string value) =>
        [.. DistinctBy(ItemSeparator().Split(value).Select(s => s.Trim(Blank).Trim()).Where(s => s.Length > 0), s => s)];

    private static (List<Line> Lines, int Markers) Linearize(string text)
    {
        var lines = new List<Line>();
        var markers = 0;
        var inBase = false;
        foreach (var raw in text.Split(["\r\n", "\r", "\n"], StringSplitOptions.None))
        {
            var probe = raw.TrimStart(Blank);
            if (ConflictStart().IsMatch(probe) || ConflictMiddle().IsMatch(probe) || ConflictEnd().IsMatch(probe))
            {
                markers++;
                inBase = false;
                lines.Add(new Line("", true));
                continue;
            }

            if (ConflictBase().IsMatch(probe))
            {
                // diff3 base: the common ancestor both sides changed; its text is neither side's.
                markers++;
                inBase = true;
                lines.Add(new Line("", true));
                continue;
            }

            if (!inBase)
            {
                lines.Add(new Line(raw, false));
            }
        }

        return (lines, markers);
    }

    /// <summary>Texts of both sides joined by '\n' when different; a text contained in another is kept once.</summary>
    private static string MergeSummaries(List<string> summaries)
    {
        var kept = new List<string>();
        foreach (var summary in summaries)
        {
            var key = Key(summary);
            if (kept.Any(k => Key(k).Contains(key, StringComparison.Ordinal)))
            {
                continue;
            }

            kept.RemoveAll(k => key.Contains(Key(k), StringComparison.Ordinal));
            kept.Add(summary);
        }

        return string.Join('\n', kept);
    }

    /// <summary>Comparison key: no whitespace at all, full-width spaces included.</summary>
    private static string Key(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c != '\u3000')
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static List<string> DistinctBy(IEnumerable<string> items, Func<string, string> key)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var item in items)
        {
            if (seen.Add(key(item)))
            {
                result.Add(item);
            }
        }

        return result;
    }
}
