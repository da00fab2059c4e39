using Graph.Reading;

namespace Graph.Tests.Reading;

public sealed class ConflictTests
{
    private static readonly string[] Markers = ["<<<<<<<", "=======", ">>>>>>>", "|||||||"];

    [Fact]
    public void Conflicted_seed_yields_the_union_of_both_annotation_versions()
    {
        // given the seed whose annotation block is an unresolved stash conflict
        // when read
        var article = ReadingTestData.Read("000_17739ddf13e78ba2.txt");

        // then keywords, technologies and industries are the union of both sides, upstream first
        var expected = ReadingTestData.Text("000_17739ddf13e78ba2.expected-annotations.txt")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .ToDictionary(l => l[..l.IndexOf(':', StringComparison.Ordinal)], l => ArticleTextParser.Items(l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..]));
        Assert.Equal(expected["关键词"].ToArray(), article.Annotations.Keywords.ToArray());
        Assert.Equal(expected["AI技术"].ToArray(), article.Annotations.Technologies.ToArray());
        Assert.Equal(expected["行业"].ToArray(), article.Annotations.Industries.ToArray());

        // and the event summary (only on the stashed side) keeps all its paragraphs
        Assert.StartsWith("这篇文章报道了省委副书记、省长黄强", article.Annotations.EventSummary, StringComparison.Ordinal);
        Assert.EndsWith("不能再走反复论证、层层评审的老路。", article.Annotations.EventSummary, StringComparison.Ordinal);
        Assert.Equal(5, article.Annotations.EventSummary.Split('\n').Length);
    }

    [Fact]
    public void Conflicted_seed_has_no_marker_anywhere_and_its_body_once()
    {
        var article = ReadingTestData.Read("000_17739ddf13e78ba2.txt");

        string[] fields =
        [
            article.Title, article.Url, article.Summary, article.Body, article.Annotations.EventSummary,
            .. article.Annotations.Keywords, .. article.Annotations.Technologies, .. article.Annotations.Industries,
        ];
        foreach (var marker in Markers)
        {
            Assert.DoesNotContain(fields, f => f.Contains(marker, StringComparison.Ordinal));
        }

        Assert.Equal(5, article.Body.Split('\n').Length);
        Assert.Equal("2024-03-15", article.Date);
        Assert.DoesNotContain("关键词", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Body_inside_a_conflict_is_the_union_of_paragraphs_and_diff3_base_is_dropped()
    {
        // given body paragraphs and annotations inside conflicts, one with a diff3 base section
        // when read
        var article = ReadingTestData.Read("conflict_body.txt");

        // then each side's paragraphs appear once, the base text not at all
        Assert.Equal("11月3日，示例会议召开。\n会议由甲主持。\n与会者讨论了算力建设。\n与会者讨论了数据标注产业。", article.Body);

        // and annotation lines on both sides merge; different event summaries are both kept
        Assert.Equal(["会议", "算力"], article.Annotations.Keywords.ToArray());
        Assert.Equal("示例会议召开。\n示例会议于11月3日召开。\n会议讨论了算力和数据标注。", article.Annotations.EventSummary);
    }

    [Fact]
    public void Same_event_summary_on_both_sides_is_kept_once()
    {
        var text = "标题: 甲\n正文。\n<<<<<<< a\n重大事件摘要: 同一摘要。\n=======\n重大事件摘要: 同一摘要。\n>>>>>>> b\n";

        var article = new ArticleReader().Parse("a.txt", text);

        Assert.Equal("同一摘要。", article.Annotations.EventSummary);
    }

    [Fact]
    public void File_with_only_conflict_markers_is_no_article_text()
    {
        var error = Assert.Throws<ArticleFormatException>(() => ReadingTestData.Read("only_markers.txt"));

        Assert.Equal("no article text (only conflict markers)", error.Reason);
    }

    [Fact]
    public void File_with_header_and_annotations_but_no_body_names_what_it_has()
    {
        var text = "标题: 甲\n链接: https://a.cn/\n关键词: 乙\n";

        var error = Assert.Throws<ArticleFormatException>(() => new ArticleReader().Parse("a.txt", text));

        Assert.Equal("no article text (only title/link lines, annotation lines)", error.Reason);
    }
}
