using Graph.Export;

namespace Graph.Tests.Export;

public sealed class XmlCharsTests
{
    [Theory]
    [InlineData("a\u0000b\u0008c\u000Bd\u000Ce\u001Ff", "abcdef")]
    [InlineData("tab\tlf\ncr\r", "tab\tlf\ncr\r")]
    [InlineData("x\uFFFEy\uFFFFz", "xyz")]
    [InlineData("pair 😀 kept, 中文 kept, \uFFFD kept", "pair 😀 kept, 中文 kept, \uFFFD kept")]
    public void Clean_drops_only_what_xml_1_0_forbids(string input, string expected)
    {
        Assert.Equal(expected, XmlChars.Clean(input));
    }

    [Fact]
    public void Clean_drops_lone_surrogates_and_keeps_pairs()
    {
        // (not theory data: xunit's serialization of theory arguments would replace lone surrogates with U+FFFD)
        Assert.Equal("lonehigh and low, pair 😀", XmlChars.Clean("lone\uD800high and \uDC00low, pair \uD83D\uDE00"));
        Assert.Equal("end", XmlChars.Clean("end\uD83D"));
    }

    [Fact]
    public void Clean_returns_the_same_instance_when_nothing_is_forbidden()
    {
        var text = "成都 <&> \"ok\"";

        Assert.Same(text, XmlChars.Clean(text));
    }
}
