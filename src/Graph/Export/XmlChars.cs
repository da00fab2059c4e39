using System.Text;

namespace Graph.Export;

/// <summary>Removes the characters XML 1.0 forbids, so every export stays well-formed whatever the articles held.</summary>
public static class XmlChars
{
    /// <summary>
    /// Drops control characters other than tab, LF and CR, lone surrogates and U+FFFE/U+FFFF; keeps everything else
    /// (valid surrogate pairs included). Returns the same instance when nothing needs dropping.
    /// </summary>
    public static string Clean(string text)
    {
        var firstBad = FirstForbidden(text);
        if (firstBad < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, firstBad);
        for (var i = firstBad; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (IsAllowedSingle(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static int FirstForbidden(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (!IsAllowedSingle(c))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsAllowedSingle(char c) =>
        c is '\t' or '\n' or '\r'
        || (c >= '\u0020' && c <= '\uD7FF')
        || (c >= '\uE000' && c <= '\uFFFD');
}
