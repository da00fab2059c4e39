using System.Text;
using Graph.Reading;

namespace Graph.Tests.Reading;

public sealed class EncodingTests
{
    private static readonly string Sample = ReadingTestData.SampleArticle();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf8_with_or_without_bom_reads_the_same_article(bool bom)
    {
        // given the sample as UTF-8 bytes, when read
        var article = ReadingTestData.Read(ReadingTestData.Utf8(Sample, bom));

        // then the title has no BOM and the body starts with the first paragraph
        Assert.Equal("示例省推进人工智能产业", article.Title);
        Assert.StartsWith("3月15日，示例省召开", article.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16_with_bom_is_decoded(bool bigEndian)
    {
        // given UTF-16 text with its byte-order mark
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes(Sample)];

        // when read
        var article = ReadingTestData.Read(bytes);

        // then it equals the UTF-8 reading
        ReadingTestData.AssertSame(ReadingTestData.Read(ReadingTestData.Utf8(Sample)), article);
    }

    [Fact]
    public void Gb18030_file_is_detected_and_decoded()
    {
        // given the sample encoded as GB18030 (not valid UTF-8)
        var gb = CodePagesEncodingProvider.Instance.GetEncoding("GB18030")!;
        var bytes = gb.GetBytes(Sample);
        Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, true).GetString(bytes));

        // when read
        var article = ReadingTestData.Read(bytes);

        // then the Chinese text is intact
        Assert.Equal("示例省推进人工智能产业", article.Title);
        Assert.Equal(["人工智能", "算力"], article.Annotations.Keywords.ToArray());
        Assert.Contains("算力基础设施", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_file_is_rejected_as_not_text()
    {
        // given bytes with NULs, like an image or archive
        byte[] bytes = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];

        // when read, then the reason says it is binary
        Assert.Equal("binary file, not text", ReadingTestData.ReadFails(bytes).Reason);
    }

    [Fact]
    public void Mostly_control_characters_are_binary_even_without_nul()
    {
        var bytes = Enumerable.Range(0, 200).Select(i => (byte)(1 + (i % 8))).ToArray();

        Assert.Equal("binary file, not text", ReadingTestData.ReadFails(bytes).Reason);
    }

    [Fact]
    public void Random_high_bytes_are_an_unknown_encoding_that_names_the_file()
    {
        // given bytes that are neither UTF-8 nor plausible GB18030 Chinese
        var bytes = Enumerable.Range(0, 300).Select(i => (byte)(0x80 + (i * 37 % 0x7F))).ToArray();

        // when read
        var error = ReadingTestData.ReadFails(bytes, "odd.txt");

        // then the message names the file and says to re-save as UTF-8
        Assert.StartsWith("odd.txt: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("re-save it as UTF-8", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_and_whitespace_only_files_are_empty()
    {
        Assert.Equal("empty file", ReadingTestData.ReadFails([]).Reason);
        Assert.Equal("empty file", ReadingTestData.ReadFails(ReadingTestData.Bytes("whitespace_only.txt")).Reason);
        Assert.Equal("empty file", ReadingTestData.ReadFails([0xEF, 0xBB, 0xBF, (byte)'\n']).Reason);
    }
}
