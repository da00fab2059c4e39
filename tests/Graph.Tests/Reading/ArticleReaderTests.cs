using Graph.Reading;

namespace Graph.Tests.Reading;

public sealed class ArticleReaderTests
{
    [Fact]
    public void Body_written_twice_is_kept_once()
    {
        // given a file whose body paragraphs appear twice (one copy with stray indentation)
        // when read
        var article = ReadingTestData.Read("body_twice.txt");

        // then the body is each paragraph once, trimmed, joined by newlines
        Assert.Equal(ReadingTestData.Text("body_twice.expected-body.txt"), article.Body);
    }

    [Fact]
    public void Header_fields_accept_full_width_colons_and_title_spaces_are_normalized()
    {
        var article = ReadingTestData.Read("body_twice.txt");

        Assert.Equal("示例市召开 机器人产业推进会", article.Title);
        Assert.Equal("HTTPS://Example.GOV.cn/news/2023/5/8/abc.html", article.Url);
        Assert.Equal("", article.Summary);
        Assert.Equal("body_twice.txt", article.Source);
    }

    [Fact]
    public void Annotation_items_split_on_all_separators_trimmed_and_deduplicated_in_order()
    {
        var article = ReadingTestData.Read("body_twice.txt");

        Assert.Equal(["机器人", "产业链", "推进会"], article.Annotations.Keywords.ToArray());
        Assert.Equal(["机器人", "智能制造"], article.Annotations.Industries.ToArray());
        Assert.Empty(article.Annotations.Technologies.ToArray());
        Assert.Equal("", article.Annotations.EventSummary);
    }

    [Fact]
    public void Event_summary_runs_over_paragraphs_until_the_next_annotation_line()
    {
        // given an event summary of two paragraphs followed by another annotation line
        var text = "标题: 甲\n链接: https://a.cn/x\n正文一段。\n重大事件摘要: 第一段。\n\n第二段。\n行业: 能源\n";

        // when read
        var article = new ArticleReader().Parse("a.txt", text);

        // then both paragraphs are in the summary, none in the body
        Assert.Equal("第一段。\n第二段。", article.Annotations.EventSummary);
        Assert.Equal("正文一段。", article.Body);
        Assert.Equal(["能源"], article.Annotations.Industries.ToArray());
    }

    [Fact]
    public void Id_is_the_sha256_prefix_of_the_url_with_scheme_and_host_lowercased()
    {
        // given the same URL written with different case in scheme and host and surrounding spaces
        var a = new ArticleReader().Parse("a.txt", "标题: 一\n链接:  HTTPS://WWW.Example.cn/Path/A.html \n正文。");
        var b = new ArticleReader().Parse("b.txt", "标题: 二\n链接: https://www.example.cn/Path/A.html\n正文。");
        var c = new ArticleReader().Parse("c.txt", "标题: 二\n链接: https://www.example.cn/path/a.html\n正文。");

        // then the ids match (the path keeps its case), are 16 lowercase hex digits, and are the SHA-256 prefix
        Assert.Equal(a.Id, b.Id);
        Assert.NotEqual(b.Id, c.Id);
        Assert.Matches("^[0-9a-f]{16}$", a.Id);
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("https://www.example.cn/Path/A.html"u8))[..16];
        Assert.Equal(expected, a.Id);
    }

    [Fact]
    public void Id_falls_back_to_the_normalized_title_without_url()
    {
        var a = new ArticleReader().Parse("a.txt", "标题:　示例　标题 \n正文。");
        var b = new ArticleReader().Parse("b.txt", "标题: 示例 标题\n正文二。");

        Assert.Equal("", a.Url);
        Assert.Equal(a.Id, b.Id);
        Assert.Equal(ArticleIds.For("", "示例 标题"), a.Id);
    }

    [Fact]
    public void Reading_the_same_bytes_twice_gives_equal_articles()
    {
        var first = ReadingTestData.Read("000_17739ddf13e78ba2.txt");
        var second = ReadingTestData.Read("000_17739ddf13e78ba2.txt");

        ReadingTestData.AssertSame(first, second);
    }

    [Fact]
    public void Missing_title_uses_the_file_name()
    {
        var article = new ArticleReader().Parse("无题稿件.txt", "只有正文的一段话。");

        Assert.Equal("无题稿件", article.Title);
    }

    [Fact]
    public void Stream_over_the_limit_is_rejected_without_being_read_whole()
    {
        // given a 2 KB limit and a non-seekable 1 MB stream
        var reader = new ArticleReader(new ReaderOptions(MaxFileBytes: 2048));
        var stream = new CountingStream(1024 * 1024);

        // when read
        var error = Assert.Throws<ArticleFormatException>(() => reader.Read("big.txt", stream));

        // then it stops soon after the limit and says what to do
        Assert.Equal("larger than the 2048 byte limit for one article; split it", error.Reason);
        Assert.True(stream.BytesRead < 200 * 1024, $"read {stream.BytesRead} bytes");
    }

    /// <summary>A non-seekable stream of 'a' bytes that counts what was read.</summary>
    private sealed class CountingStream(long length) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - BytesRead);
            buffer.AsSpan(offset, n).Fill((byte)'a');
            BytesRead += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
