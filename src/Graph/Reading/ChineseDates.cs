using System.Globalization;
using System.Text.RegularExpressions;

namespace Graph.Reading;

/// <summary>One date found in text: where it is, the (start) date, the end of a range, and whether the text gave the year.</summary>
public sealed record DateMatch(int Index, int Length, DateOnly Start, DateOnly? End, bool HasYear)
{
    public string Iso => ChineseDates.ToIso(Start);
}

/// <summary>
/// Chinese dates as written in news text: 2024年3月15日, 3月15日 (completed with a known year), ranges such as
/// 6月9日至10日 or 6月30日至7月2日 (the start date is the date). Invalid dates (2月30日) are never returned.
/// Full-width digits are accepted.
/// </summary>
public static partial class ChineseDates
{
    private const string RangeTail =
        @"(?:\s*(?:至|到|—|–|－|-|~|～)\s*(?:(?<m2>\d{1,2})\s*月\s*)?(?<d2>\d{1,2})\s*[日号])?";

    [GeneratedRegex(@"(?<![\d年])(?:(?<y>(?:19|20)\d{2})\s*年\s*)?(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*[日号]" + RangeTail)]
    private static partial Regex DateRegex();

    [GeneratedRegex(@"^\s*(?<y>(?:19|20)\d{2})\s*(?:年\s*(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*[日号]?|[-/.](?<m>\d{1,2})[-/.](?<d>\d{1,2}))\s*$")]
    private static partial Regex FullOnlyRegex();

    [GeneratedRegex(@"(?<![\d])(?<y>(?:19|20)\d{2})\s*年")]
    private static partial Regex YearRegex();

    /// <summary>ISO yyyy-MM-dd.</summary>
    public static string ToIso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A valid date from numbers, or null (no 2月30日, no month 13).</summary>
    public static DateOnly? Create(int year, int month, int day) =>
        year is >= 1900 and <= 2099 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    /// <summary>Parses a text that is one full date: 2024年3月15日, 2024年03月15日, 2024-03-15, 2024/3/15.</summary>
    public static bool TryParseFull(string text, out DateOnly date)
    {
        date = default;
        var match = FullOnlyRegex().Match(FoldDigits(text));
        if (!match.Success)
        {
            return false;
        }

        var created = Create(Int(match.Groups["y"]), Int(match.Groups["m"]), Int(match.Groups["d"]));
        date = created.GetValueOrDefault();
        return created is not null;
    }

    /// <summary>
    /// Parses a month-day date at the start of <paramref name="text"/> (3月15日, 6月9日至10日 → 6月9日), completing it
    /// with <paramref name="year"/>; a full date in the text keeps its own year.
    /// </summary>
    public static bool TryParseMonthDay(string text, int year, out DateOnly date)
    {
        date = default;
        var match = DateRegex().Match(FoldDigits(text));
        if (!match.Success || !string.IsNullOrWhiteSpace(text[..match.Index]))
        {
            return false;
        }

        var found = ToMatch(match, year);
        date = found?.Start ?? default;
        return found is not null;
    }

    /// <summary>
    /// All valid dates in <paramref name="text"/> in order. Month-day dates are completed with <paramref name="year"/>
    /// and left out when it is null.
    /// </summary>
    public static IEnumerable<DateMatch> FindAll(string text, int? year = null)
    {
        foreach (Match match in DateRegex().Matches(FoldDigits(text)))
        {
            var found = ToMatch(match, year);
            if (found is not null)
            {
                yield return found;
            }
        }
    }

    /// <summary>The first valid full date (with its year) in the text.</summary>
    public static DateMatch? FirstFull(string text) => FindAll(text).FirstOrDefault(m => m.HasYear);

    /// <summary>The first valid date in the text, month-day dates completed with <paramref name="year"/>.</summary>
    public static DateMatch? First(string text, int year) => FindAll(text, year).FirstOrDefault();

    /// <summary>Years written as 2024年 in the text, with their positions.</summary>
    public static IEnumerable<(int Index, int Year)> FindYears(string text)
    {
        foreach (Match match in YearRegex().Matches(FoldDigits(text)))
        {
            yield return (match.Index, Int(match.Groups["y"]));
        }
    }

    /// <summary>Full-width digits to ASCII (same length, so match positions stay valid).</summary>
    public static string FoldDigits(string text)
    {
        if (!text.Any(c => c is >= '０' and <= '９'))
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c is >= '０' and <= '９' ? (char)(c - '０' + '0') : c;
            }
        });
    }

    private static DateMatch? ToMatch(Match match, int? contextYear)
    {
        var hasYear = match.Groups["y"].Success;
        int? year = hasYear ? Int(match.Groups["y"]) : contextYear;
        if (year is not int y)
        {
            return null;
        }

        var month = Int(match.Groups["m"]);
        if (Create(y, month, Int(match.Groups["d"])) is not DateOnly start)
        {
            return null;
        }

        DateOnly? end = null;
        if (match.Groups["d2"].Success)
        {
            var endMonth = match.Groups["m2"].Success ? Int(match.Groups["m2"]) : month;
            var endYear = endMonth < month ? y + 1 : y;
            end = Create(endYear, endMonth, Int(match.Groups["d2"]));
            if (end is DateOnly e && e < start)
            {
                end = null;
            }
        }

        return new DateMatch(match.Index, match.Length, start, end, hasYear);
    }

    private static int Int(Group group) => int.Parse(group.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
}
