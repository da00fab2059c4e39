using Graph.Reading;

namespace Graph.Tests.Reading;

public sealed class ChineseDatesTests
{
    [Theory]
    [InlineData("2024年3月15日", "2024-03-15")]
    [InlineData(" 2024年03月05日 ", "2024-03-05")]
    [InlineData("２０２４年３月１５日", "2024-03-15")]
    [InlineData("2024年3月15号", "2024-03-15")]
    [InlineData("2024-03-15", "2024-03-15")]
    [InlineData("2024/3/15", "2024-03-15")]
    [InlineData("2024年2月29日", "2024-02-29")]
    public void Full_date_parses(string text, string iso)
    {
        Assert.True(ChineseDates.TryParseFull(text, out var date));
        Assert.Equal(iso, ChineseDates.ToIso(date));
    }

    [Theory]
    [InlineData("2024年2月30日")]
    [InlineData("2023年2月29日")]
    [InlineData("2024年13月1日")]
    [InlineData("3月15日")]
    [InlineData("2024年3月15日上午")]
    [InlineData("")]
    public void Invalid_or_partial_full_date_is_rejected(string text)
    {
        Assert.False(ChineseDates.TryParseFull(text, out _));
    }

    [Theory]
    [InlineData("3月15日", 2024, "2024-03-15")]
    [InlineData("6月9日至10日", 2025, "2025-06-09")]
    [InlineData("9月26日上午，开幕", 2025, "2025-09-26")]
    [InlineData("2023年1月2日", 2025, "2023-01-02")]
    public void Month_day_is_completed_with_the_year(string text, int year, string iso)
    {
        Assert.True(ChineseDates.TryParseMonthDay(text, year, out var date));
        Assert.Equal(iso, ChineseDates.ToIso(date));
    }

    [Theory]
    [InlineData("2月30日", 2024)]
    [InlineData("2月29日", 2023)]
    [InlineData("会议于3月15日召开", 2024)]
    public void Invalid_or_not_leading_month_day_is_rejected(string text, int year)
    {
        Assert.False(ChineseDates.TryParseMonthDay(text, year, out _));
    }

    [Fact]
    public void Ranges_give_start_and_end()
    {
        var within = ChineseDates.FindAll("2025年6月9日至10日，调研。").Single();
        var across = ChineseDates.FindAll("6月30日至7月2日举行", 2025).Single();

        Assert.Equal((new DateOnly(2025, 6, 9), new DateOnly(2025, 6, 10), true), (within.Start, within.End, within.HasYear));
        Assert.Equal((new DateOnly(2025, 6, 30), new DateOnly(2025, 7, 2), false), (across.Start, across.End, across.HasYear));
    }

    [Fact]
    public void Find_all_reports_positions_skips_invalid_dates_and_needs_a_year_for_month_days()
    {
        const string text = "2月30日无效，12月1日开会，2024年1月5日发布。";

        var withYear = ChineseDates.FindAll(text, 2023).ToList();
        var withoutYear = ChineseDates.FindAll(text).ToList();

        Assert.Equal(["2023-12-01", "2024-01-05"], withYear.Select(m => m.Iso));
        Assert.Equal("12月1日", text.Substring(withYear[0].Index, withYear[0].Length));
        Assert.Equal(["2024-01-05"], withoutYear.Select(m => m.Iso));
        Assert.Equal("2024-01-05", ChineseDates.FirstFull(text)?.Iso);
    }
}
