using Graph.Reading;

namespace Graph.Tests.Reading;

public sealed class ArticleDatingTests
{
    private static Article Read(string url, string body, string title = "示例标题") =>
        new ArticleReader().Parse("a.txt", $"标题: {title}\n链接: {url}\n总结:\n{body}\n");

    [Theory]
    [InlineData("https://www.x.gov.cn/10462/c105962/2024/3/15/c37ef883bdf64594b0cde82ff6c86f29.shtml", "2024-03-15")]
    [InlineData("https://x.cn/web/gdxw/2025-09/28/content_409346.html", "2025-09-28")]
    [InlineData("https://x.cn/a/2024-03-15/x.html", "2024-03-15")]
    [InlineData("https://x.cn/a/202403/15/x.html", "2024-03-15")]
    [InlineData("https://x.cn/zwgk/t20240315_123456.html", "2024-03-15")]
    [InlineData("https://x.cn/cq/20260111/b08e6809e22949c7aee01b1736db6c99/c.html", "2026-01-11")]
    [InlineData("http://x.cn/ldhd/2025/0925/90764.html", "2025-09-25")]
    [InlineData("http://x.cn/n2/2025/1112/c365403-41409248.html", "2025-11-12")]
    public void Url_full_date_is_the_date(string url, string iso)
    {
        // given a URL with a date path and a body naming another day
        var article = Read(url, "1月2日，某会议召开。");

        // then the URL date wins and gives the year
        Assert.Equal(iso, article.Date);
        Assert.Equal(int.Parse(iso[..4], System.Globalization.CultureInfo.InvariantCulture), article.Year);
    }

    [Theory]
    [InlineData("http://x.cn/html/2024/news/10/398321.html", 2024)]
    [InlineData("https://x.cn/ybyw/202511/83153708.html", 2025)]
    [InlineData("http://x.cn/news2025/2025910120145.htm", 2025)]
    public void Url_year_completes_a_month_day_in_the_text(string url, int year)
    {
        var article = Read(url, "10月14日，某市召开专题会。");

        Assert.Equal(year, article.Year);
        Assert.Equal($"{year}-10-14", article.Date);
    }

    [Fact]
    public void Full_date_in_the_text_is_used_when_the_url_has_none()
    {
        var article = Read("https://x.cn/redian/918024.html", "2025年6月9日至10日，代表们赴成都调研。");

        Assert.Equal(("2025-06-09", 2025), (article.Date, article.Year));
    }

    [Fact]
    public void Invalid_dates_are_never_returned()
    {
        // given a URL with an impossible date and a text with 2月30日
        var article = Read("https://x.cn/a/2024/2/30/x.html", "2月30日，某会议召开。");

        // then the URL still gives the year, but no date is made up
        Assert.Equal(2024, article.Year);
        Assert.Null(article.Date);
    }

    [Fact]
    public void Without_any_year_the_date_is_unknown()
    {
        var article = Read("https://x.cn/post/43851630", "9月24日，双方签约。该企业2017年落户成都后发展迅速。");

        Assert.Null(article.Year);
        Assert.Null(article.Date);
    }

    [Theory]
    [InlineData("2026示例大会在西安举办", "1月26日，大会举办。", "2026-01-26")]
    [InlineData("示例讲坛开讲", "3月24日，某区举办2025年第一期讲坛。", "2025-03-24")]
    [InlineData("示例博览会开幕", "9月26日，博览会开幕。会上发布了《技术前瞻（2025）》。", "2025-09-26")]
    public void Year_named_in_title_or_text_completes_the_month_day(string title, string body, string iso)
    {
        var article = Read("https://x.cn/news/253375.html", body, title);

        Assert.Equal(iso, article.Date);
    }

    [Fact]
    public void Hex_hash_in_url_is_not_read_as_a_date()
    {
        var article = Read("https://x.cn/a/20240315ab20231201cd/x.html", "正文。");

        Assert.Null(article.Date);
    }

    [Fact]
    public void The_pages_publication_line_dates_an_article_whose_url_has_no_date()
    {
        // given web-page noise with 发布时间 above a body that names only 6月17日
        var article = Read("http://www.x.gov.cn/ssh/content/post_4188321.html",
            "当前位置：首页 > 新闻\n来源：某日报  发布时间：2025-06-18 09:32  浏览次数：1268\n6月17日，某公司举行新品发布会。");

        // then the publication date is the article's date and year
        Assert.Equal("2025-06-18", article.Date);
        Assert.Equal(2025, article.Year);
        Assert.DoesNotContain("发布时间", article.Body, StringComparison.Ordinal);
    }
}
