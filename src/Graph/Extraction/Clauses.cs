namespace Graph.Extraction;

/// <summary>
/// Text scopes the rules read in: the clause (between , ; : 。), the sentence (between 。 ! ? and line breaks)
/// and the 、-list. Positions are in the folded article text.
/// </summary>
internal static class Clauses
{
    /// <summary>No clause break (, ; : 。) between the organization and the term.</summary>
    public static bool SameClause(string text, Found org, Found term)
    {
        var (a, b) = org.Start < term.Start ? (org.End, term.Start) : (term.End, org.Start);
        for (var i = a; i < b; i++)
        {
            if (text[i] is ',' or ';' or ':' or '。')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The clause that holds <paramref name="term"/> contains one of <paramref name="words"/>.</summary>
    public static bool ClauseHas(string text, Found term, string[] words) => ContainsAny(text, ClauseStart(text, term.Start), ClauseEnd(text, term.End), words);

    /// <summary>Where the clause holding <paramref name="at"/> starts (after , ; : 。 or a line break).</summary>
    public static int ClauseStart(string text, int at)
    {
        var s = at;
        while (s > 0 && text[s - 1] is not (',' or ';' or ':' or '。' or '\n'))
        {
            s--;
        }

        return s;
    }

    /// <summary>Where the clause holding <paramref name="at"/> ends (at , ; : 。 or a line break, exclusive).</summary>
    public static int ClauseEnd(string text, int at)
    {
        var e = at;
        while (e < text.Length && text[e] is not (',' or ';' or ':' or '。' or '\n'))
        {
            e++;
        }

        return e;
    }

    /// <summary>One of <paramref name="words"/> occurs in text[start..end].</summary>
    public static bool ContainsAny(string text, int start, int end, params string[] words) =>
        words.Any(w => text.IndexOf(w, start, end - start, StringComparison.Ordinal) >= 0);

    /// <summary>The sentence around <paramref name="at"/> contains one of <paramref name="words"/>.</summary>
    public static bool SentenceHas(string text, int at, params string[] words)
    {
        var (s, e) = EventRecognizer.SentenceAround(text, at);
        // Clause scope: 陪同 / 参加 belong to the clause that holds the name.
        return ContainsAny(text, s, e, words);
    }

    /// <summary>The organization is an item of a 、-list (A、B、C等).</summary>
    public static bool InList(string text, Found org) =>
        org.End < text.Length && text[org.End] == '、' || org.Start > 0 && text[org.Start - 1] == '、';

    /// <summary>公司与X合作/签约: X, named after 与/同 in a cooperation clause, is the partner, not the subject.</summary>
    public static bool IsPartner(string text, Found org) =>
        org.Start > 0 && text[org.Start - 1] is '与' or '同' && Clauses.ClauseHas(text, org, ["签约", "签署", "签订", "合作", "共建", "携手"]);

    /// <summary>The sentences of a text (ended by 。, a line break, !, ? or ;) as (start, end) ranges, end exclusive.</summary>
    public static IEnumerable<(int Start, int End)> Sentences(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var end = start;
            while (end < text.Length && text[end] is not ('。' or '\n' or '!' or '?' or ';'))
            {
                end++;
            }

            yield return (start, end);
            start = end + 1;
        }
    }
}
