using System.Globalization;
using System.Text;

namespace Graph.Extraction;

/// <summary>Character classes and name normalization shared by the recognizers.</summary>
public static class Text
{
    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    public static bool IsLatinOrDigit(char c) => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9';

    /// <summary>
    /// Length-preserving width fold: full-width ASCII to ASCII, ideographic space to space. Chinese-only
    /// punctuation (、。“”《》) stays.
    /// </summary>
    public static string FoldWidth(string s)
    {
        var chars = s.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (c is >= '\uFF01' and <= '\uFF5E')
            {
                chars[i] = (char)(c - 0xFEE0);
            }
            else if (c == '\u3000')
            {
                chars[i] = ' ';
            }
        }

        return new string(chars);
    }

    private const string Quotes = "\"'“”‘’《》「」『』〈〉【】";

    /// <summary>Normalized entity name: NFKC, no surrounding quotes or spaces, no inner whitespace.</summary>
    public static string NormalizeName(string name)
    {
        var s = name.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (!char.IsWhiteSpace(c) && !Quotes.Contains(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Control)
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>Counts non-overlapping occurrences.</summary>
    public static int CountOccurrences(string text, string value) => Occurrences(text, value).Count();

    /// <summary>Where <paramref name="value"/> starts in <paramref name="text"/>, non-overlapping, left to right.</summary>
    public static IEnumerable<int> Occurrences(string text, string value)
    {
        if (value.Length == 0)
        {
            yield break;
        }

        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            yield return i;
        }
    }

    /// <summary>True when <paramref name="text"/> ends with <paramref name="word"/> at position <paramref name="end"/> (exclusive).</summary>
    public static bool EndsWithAt(string text, int end, string word) =>
        end >= word.Length && string.CompareOrdinal(text, end - word.Length, word, 0, word.Length) == 0;

    public static bool StartsWithAt(string text, int start, string word) =>
        start + word.Length <= text.Length && string.CompareOrdinal(text, start, word, 0, word.Length) == 0;

    /// <summary>One of <paramref name="words"/> starts at <paramref name="start"/>.</summary>
    public static bool StartsWithAnyAt(string text, int start, IEnumerable<string> words) => words.Any(w => StartsWithAt(text, start, w));

    /// <summary>One of <paramref name="words"/> ends at <paramref name="end"/> (exclusive).</summary>
    public static bool EndsWithAnyAt(string text, int end, IEnumerable<string> words) => words.Any(w => EndsWithAt(text, end, w));
}

/// <summary>A recognized mention in the folded article text.</summary>
public sealed record Found(EntityKind Kind, string Name, int Start, int End);
