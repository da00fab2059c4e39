namespace Graph.Extraction.Learned;

/// <summary>A string as Unicode code points, with each code point's UTF-16 offset (so spans convert both ways).</summary>
internal readonly struct CodePointText
{
    /// <summary>Normalized code points for features (full-width ASCII folded to half-width, Latin lower-cased).</summary>
    public readonly int[] Chars;
    /// <summary>UTF-16 offset of each code point; one extra entry holds the string length.</summary>
    public readonly int[] Utf16Offsets;

    public CodePointText(string text)
    {
        var chars = new int[text.Length];
        var offsets = new int[text.Length + 1];
        int n = 0;
        for (int i = 0; i < text.Length; i++)
        {
            offsets[n] = i;
            int cp = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                cp = char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
            }
            chars[n++] = Normalize(cp);
        }
        offsets[n] = text.Length;
        if (n < text.Length)
        {
            Array.Resize(ref chars, n);
            Array.Resize(ref offsets, n + 1);
        }
        Chars = chars;
        Utf16Offsets = offsets;
    }

    public int Length => Chars.Length;

    public static int Normalize(int cp)
    {
        if (cp is >= 0xFF01 and <= 0xFF5E) cp -= 0xFEE0;
        else if (cp == 0x3000) cp = ' ';
        if (cp is >= 'A' and <= 'Z') cp += 32;
        return cp;
    }
}
