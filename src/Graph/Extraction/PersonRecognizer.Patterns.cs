namespace Graph.Extraction;

/// <summary>
/// The patterns beyond "title chain, then a name": a name before its title in parentheses, before a scholar's title,
/// before 当选 + title, and names listed after a collective 领导.
/// </summary>
public sealed partial class PersonRecognizer
{
    private static readonly string[] ElectionVerbs = ["当选", "出任", "担任", "任"];

    /// <summary>梁某某当选秘书长, X出任总经理: a name at a clause start before an election verb and a title.</summary>
    private void FindElected(string text, List<FoundPerson> found)
    {
        foreach (var verb in ElectionVerbs)
        {
            for (var v = text.IndexOf(verb, StringComparison.Ordinal); v > 0; v = text.IndexOf(verb, v + verb.Length, StringComparison.Ordinal))
            {
                var after = v + verb.Length;
                var title = _lexicon.TitlesLongestFirst.FirstOrDefault(t => t.Length >= 2 && Text.StartsWithAt(text, after, t));
                if (title is null || after + title.Length < text.Length && Text.IsHan(text[after + title.Length]) && !"和、等".Contains(text[after + title.Length]))
                {
                    continue;
                }

                foreach (var len in new[] { 3, 2 })
                {
                    var start = v - len;
                    if (start < 0 || NameLength(text, start) != len || found.Any(p => p.Start < v && start < p.End) ||
                        start > 0 && text[start - 1] is not (',' or '。' or ';' or '\n' or '、'))
                    {
                        continue;
                    }

                    found.Add(new FoundPerson(text.Substring(start, len), start, v, [title], []));
                    break;
                }
            }
        }
    }

    private static readonly string[] ScholarTitlesAfter = ["副教授", "教授", "研究员", "院士"];

    /// <summary>X大学电气工程学院马某某教授团队: a name between a body's name (or punctuation) and a scholar's title.</summary>
    private void FindBeforeScholarTitle(string text, IReadOnlyList<Found> orgs, List<FoundPerson> found)
    {
        foreach (var title in ScholarTitlesAfter)
        {
            for (var t = text.IndexOf(title, StringComparison.Ordinal); t > 0; t = text.IndexOf(title, t + title.Length, StringComparison.Ordinal))
            {
                foreach (var len in new[] { 3, 2 })
                {
                    var start = t - len;
                    if (start < 0 || NameLength(text, start) != len || found.Any(p => p.Start < t && start < p.End) ||
                        !(start == 0 || !Text.IsHan(text[start - 1]) || orgs.Any(o => o.End == start)))
                    {
                        continue;
                    }

                    var org = orgs.FirstOrDefault(o => o.End == start);
                    found.Add(new FoundPerson(text.Substring(start, len), start, t, [title], org is null ? [] : [(title, org)]));
                    break;
                }
            }
        }
    }

    /// <summary>林某某（东莞市副市长）: a name right before a parenthesis that holds its title chain.</summary>
    private void FindWithTitleAfter(string text, IReadOnlyList<Found> orgs, List<FoundPerson> found)
    {
        for (var open = text.IndexOf('('); open > 0; open = text.IndexOf('(', open + 1))
        {
            var close = text.IndexOf(')', open);
            if (close < 0 || close - open > 30 || LongestTitleSuffix(text, open + 1, close) is null)
            {
                continue;
            }

            foreach (var len in new[] { 3, 2, 4 })
            {
                var start = open - len;
                if (start < 0 || NameLength(text, start) != len || found.Any(p => p.Start <= start && start < p.End) ||
                    start > 0 && Text.IsHan(text[start - 1]) && !"有和与及由".Contains(text[start - 1]))
                {
                    continue;
                }

                AddPerson(found, text, start, len, TitleChain(text, close, orgs));
                break;
            }
        }
    }

    private static readonly string[] ListEnds = ["陪同", "出席", "参加", "参观", "一同", "等", "及", "和", "、", ",", "。"];

    /// <summary>市领导A、B及…陪同: names listed after a collective 领导 are people, with no title of their own.</summary>
    private void FindUnderCollectiveLead(string text, List<FoundPerson> found)
    {
        for (var i = text.IndexOf("领导", StringComparison.Ordinal); i >= 0; i = text.IndexOf("领导", i + 2, StringComparison.Ordinal))
        {
            var names = new List<(int Start, int Length)>();
            var at = i + 2;
            while (true)
            {
                var len = NameLength(text, at);
                if (len == 0 || !ListEnds.Any(e => Text.StartsWithAt(text, at + len, e)))
                {
                    break;
                }

                names.Add((at, len));
                if (at + len >= text.Length || text[at + len] is not ('、' or '和' or '及'))
                {
                    break;
                }

                at += len + 1;
            }

            // One name alone must end the clause or meet a verb of attendance (领导干部 is not a name).
            if (names.Count == 1 && !(Text.StartsWithAt(text, names[0].Start + names[0].Length, "陪同") || Text.StartsWithAt(text, names[0].Start + names[0].Length, "出席") ||
                                      Text.StartsWithAt(text, names[0].Start + names[0].Length, "参加")))
            {
                continue;
            }

            foreach (var (start, length) in names)
            {
                if (!found.Any(p => p.Start == start))
                {
                    AddPerson(found, text, start, length, ([], []));
                }
            }
        }
    }
}
