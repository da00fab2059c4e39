using System.Text;

namespace Graph.Reading;

/// <summary>
/// Bytes to text: UTF-8 (BOM or not), UTF-16 LE/BE with BOM, else GB18030/GBK when strict UTF-8 fails and the
/// GB18030 reading looks like Chinese text. Binary data and unknown encodings are rejected with a reason.
/// </summary>
internal static class TextDecoder
{
    public const string BinaryReason = "binary file, not text";

    private const int Gb18030CodePage = 54936;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/> or throws <see cref="ArticleFormatException"/> naming the source.</summary>
    public static string Decode(string source, ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Strict(source, StrictUtf8, bytes[3..], "starts with a UTF-8 byte-order mark but is not valid UTF-8; re-save it as UTF-8");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Strict(source, new UnicodeEncoding(false, false, true), bytes[2..], "starts with a UTF-16 byte-order mark but is not valid UTF-16; re-save it as UTF-8");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Strict(source, new UnicodeEncoding(true, false, true), bytes[2..], "starts with a UTF-16 byte-order mark but is not valid UTF-16; re-save it as UTF-8");
        }

        if (LooksBinary(bytes))
        {
            throw new ArticleFormatException(source, BinaryReason);
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // not UTF-8: try the Chinese national encoding below
        }

        var gb = CodePagesEncodingProvider.Instance.GetEncoding(Gb18030CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
            ?? throw new InvalidOperationException("GB18030 encoding is not available on this runtime.");
        string text;
        try
        {
            text = gb.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new ArticleFormatException(source, "unknown text encoding (neither UTF-8, UTF-16 with BOM nor GB18030/GBK); re-save it as UTF-8");
        }

        if (!LooksLikeChineseText(text))
        {
            throw new ArticleFormatException(source, "unknown text encoding (not UTF-8, and as GB18030 it does not read as Chinese text); re-save it as UTF-8");
        }

        return text;
    }

    /// <summary>NUL bytes, or mostly control characters, in the first 8 KB.</summary>
    internal static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        if (sample.IndexOf((byte)0) >= 0)
        {
            return true;
        }

        var control = 0;
        foreach (var b in sample)
        {
            if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0C)
            {
                control++;
            }
        }

        return sample.Length > 0 && control * 10 > sample.Length;
    }

    /// <summary>At least 95% of the characters are ASCII text, CJK ideographs or CJK/full-width punctuation.</summary>
    internal static bool LooksLikeChineseText(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        var plausible = 0;
        foreach (var c in text)
        {
            if (c is '\n' or '\r' or '\t' or (>= ' ' and <= '~')
                || c is >= '\u4E00' and <= '\u9FFF'
                || c is >= '\u3400' and <= '\u4DBF'
                || c is >= '\u3000' and <= '\u303F'
                || c is >= '\uFF00' and <= '\uFFEF'
                || c is >= '\u2000' and <= '\u206F'
                || c is '\u00B7' or '\u00D7')
            {
                plausible++;
            }
        }

        return plausible * 100 >= text.Length * 95;
    }

    private static string Strict(string source, Encoding encoding, ReadOnlySpan<byte> bytes, string reason)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new ArticleFormatException(source, reason);
        }
    }
}
