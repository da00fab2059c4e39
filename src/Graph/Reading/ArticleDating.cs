using System.Globalization;
using System.Text.RegularExpressions;

namespace Graph.Reading;

/// <summary>What the URL path says about the date: a full date, or only a year.</summary>
internal sealed record UrlDate(DateOnly? Date, int? Year);

/// <summary>
/// The article's year and date. Year: the URL path (/2024/3/15/, /2024-03-15/, /202403/15/, /2025/0925/, t20240315_,
/// /20240315/, /2024/, /202403/), else the first full date in the text, else a year named in the title or text that is
/// not a look back (2017年落户…后, 2019年以来), or an edition year in brackets (（2025）). Date: the URL's full date, else the page's
/// publication line (发布时间：2025-06-18), else the first full date in the text, else the
/// first month-day date completed with the year.
/// </summary>
internal static partial class ArticleDating
{
    // yyyy[sep]M[sep]d: /2024/3/15, 2024-03-15, /2025-09/28, /202403/15
    [GeneratedRegex(@"(?<!\d)(?<y>(?:19|20)\d{2})[-/_.]?(?<m>\d{1,2})[-/_.](?<d>\d{1,2})(?!\d)")]
    private static partial Regex SeparatedDate();

    // /2025/0925 (year, then MMdd)
    [GeneratedRegex(@"(?<!\d)(?<y>(?:19|20)\d{2})[-/_.](?<m>\d{2})(?<d>\d{2})(?!\d)")]
    private static partial Regex YearThenMonthDay();

    // 20240315, t20240315_
    [GeneratedRegex(@"(?<!\d)(?<y>(?:19|20)\d{2})(?<m>\d{2})(?<d>\d{2})(?!\d)")]
    private static partial Regex CompactDate();

    // a 4-digit year or yyyyMM standing alone in a path segment (letters around it are fine: news2025)
    [GeneratedRegex(@"(?<!\d)(?<y>(?:19|20)\d{2})(?<m>\d{2})?(?!\d)")]
    private static partial Regex YearOrYearMonth();

    [GeneratedRegex(@"^[0-9a-f]{16,}$", RegexOptions.IgnoreCase)]
    private static partial Regex HexHash();

    // a year followed in the same clause by words that look back from the article's time
    [GeneratedRegex(@"^[^，。；！？,;!?]{0,12}?(?:以来|之后|后|以前|之前)")]
    private static partial Regex LookBack();

    [GeneratedRegex(@"(?<![\d])(?<y>20\d{2})(?![\d])")]
    private static partial Regex TitleYear();

    [GeneratedRegex(@"[(（](?<y>20\d{2})[)）]")]
    private static partial Regex BracketYear();

    public static (string? Date, int? Year) Resolve(string url, string title, string text, DateOnly? published = null)
    {
        var fromUrl = FromUrl(url);
        if (fromUrl.Date is DateOnly urlDate)
        {
            return (ChineseDates.ToIso(urlDate), urlDate.Year);
        }

        // 发布时间：2025-06-18 in the page around the body.
        if (published is DateOnly page && (fromUrl.Year is null || fromUrl.Year == page.Year))
        {
            return (ChineseDates.ToIso(page), page.Year);
        }

        var full = ChineseDates.FirstFull(text);
        var year = fromUrl.Year ?? full?.Start.Year ?? WeakYear(title, text);
        if (fromUrl.Year is null && full is not null)
        {
            return (full.Iso, full.Start.Year);
        }

        if (year is not int y)
        {
            return (null, null);
        }

        var first = ChineseDates.FindAll(text, y).FirstOrDefault(m => !m.HasYear || m.Start.Year == y);
        return (first?.Iso, y);
    }

    public static UrlDate FromUrl(string url)
    {
        var path = PathOf(url);
        if (path.Length == 0)
        {
            return new UrlDate(null, null);
        }

        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(s => !HexHash().IsMatch(s));
        var cleaned = "/" + string.Join('/', segments) + "/";
        foreach (var regex in new[] { SeparatedDate(), YearThenMonthDay(), CompactDate() })
        {
            foreach (Match match in regex.Matches(cleaned))
            {
                if (ChineseDates.Create(Int(match, "y"), Int(match, "m"), Int(match, "d")) is DateOnly date)
                {
                    return new UrlDate(date, date.Year);
                }
            }
        }

        foreach (Match match in YearOrYearMonth().Matches(cleaned))
        {
            if (!match.Groups["m"].Success || Int(match, "m") is >= 1 and <= 12)
            {
                return new UrlDate(null, Int(match, "y"));
            }
        }

        return new UrlDate(null, null);
    }

    private static int? WeakYear(string title, string text)
    {
        var titleYear = TitleYear().Match(ChineseDates.FoldDigits(title));
        if (titleYear.Success)
        {
            return Int(titleYear, "y");
        }

        foreach (var (index, year) in ChineseDates.FindYears(text))
        {
            var after = text[(index + 5)..];
            if (!LookBack().IsMatch(after))
            {
                return year;
            }
        }

        // an edition year in brackets, as in 《…报告（2025）》
        var bracketed = BracketYear().Match(ChineseDates.FoldDigits(text));
        return bracketed.Success ? Int(bracketed, "y") : null;
    }

    private static string PathOf(string url)
    {
        var trimmed = url.Trim();
        if (trimmed.Length == 0)
        {
            return "";
        }

        var schemeEnd = trimmed.IndexOf("://", StringComparison.Ordinal);
        var rest = schemeEnd >= 0 ? trimmed[(schemeEnd + 3)..] : trimmed;
        var slash = rest.IndexOf('/');
        var path = schemeEnd >= 0 ? (slash >= 0 ? rest[slash..] : "") : rest;
        var cut = path.IndexOfAny(['?', '#']);
        return cut >= 0 ? path[..cut] : path;
    }

    private static int Int(Match match, string group) =>
        int.Parse(match.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
}
