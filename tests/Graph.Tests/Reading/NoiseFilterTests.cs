using Graph.Reading;

namespace Graph.Tests.Reading;

public sealed class NoiseFilterTests
{
    [Fact]
    public void Web_page_noise_lines_are_dropped_from_the_body()
    {
        // given a page copy with breadcrumb, share/print links, source and editor lines, a related-reading list and a QR hint
        // when read
        var article = ReadingTestData.Read("noise.txt");

        // then only the article paragraphs and the editor's byline (a person the article names) remain
        Assert.Equal(ReadingTestData.Text("noise.expected-body.txt"), article.Body);
    }

    [Theory]
    [InlineData("当前位置：首页 > 新闻 > 要闻")]
    [InlineData("您的位置: 首页 » 政务")]
    [InlineData("首页 > 新闻中心")]
    [InlineData("来源：新华社")]
    [InlineData("分享到：")]
    [InlineData("版权所有：江州市人民政府网站    网站标识码：2306000001    黑ICP备05002111号")]
    [InlineData("主办单位：江州市人民政府办公室")]
    [InlineData("【打印】【关闭】")]
    [InlineData("【打印本页】 【关闭窗口】")]
    [InlineData("扫一扫在手机打开当前页")]
    [InlineData("发布时间：2025-09-19 08:32  来源：江州日报  字号：【大】【中】【小】")]
    public void Noise_line_is_recognized(string line)
    {
        Assert.True(NoiseFilter.IsDropLine(line));
    }

    [Theory]
    [InlineData("责任编辑：李四")]
    [InlineData("（责任编辑：王五）")]
    public void An_editor_line_is_a_byline_not_noise(string line)
    {
        Assert.False(NoiseFilter.IsDropLine(line));
    }

    [Theory]
    [InlineData("来源于一线的经验表明，产业集聚需要长期投入和耐心培育，不能急于求成，更不能一哄而上，这是与会者的共同看法。")]
    [InlineData("首页显示的内容由平台自动生成。")]
    [InlineData("会议强调，要坚持创新驱动。")]
    [InlineData("发布时间定在2025年9月，届时将同步上线。")]
    public void Article_sentences_are_not_noise(string line)
    {
        Assert.False(NoiseFilter.IsDropLine(line));
        Assert.False(NoiseFilter.IsLinkListHeading(line));
    }

    [Fact]
    public void Link_list_ends_at_a_sentence_even_if_short()
    {
        var (kept, _) = NoiseFilter.Filter(["相关新闻", "某地召开座谈会", "会议结束。"]);

        Assert.Equal(["会议结束。"], kept);
    }
}
