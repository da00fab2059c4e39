using Graph.Model;

namespace Graph.Extraction;

/// <summary>Who made a term: makers before 研发的/研制的 (and joint makers), demonstratives and pronouns before them, suppliers after 由 or 来自, the parties of an agreement.</summary>
internal static partial class DevelopsReader
{
    private static readonly string[] PartiesTogether = ["双方共同研发", "三方共同研发", "双方联合研发", "三方联合研发", "双方共同开发", "三方共同开发", "双方联合攻关", "三方联合攻关", "双方将共同研发", "三方将共同研发"];

    /// <summary>Marks after the last of several makers (…联合B、C共同完成的): all of them made the term.</summary>
    private static readonly string[] JointMakerMarks = ["共同完成的", "联合完成的", "共同研发的", "联合研发的", "共同研制的", "联合研制的"];

    private static readonly (string Word, string[] Ends)[] Demonstratives =
    [
        ("该院", ["院"]), ("该所", ["所"]), ("该中心", ["中心"]), ("该校", ["大学", "学院"]), ("该公司", ["公司"]), ("该集团", ["集团", "公司"]),
        ("该企业", ["公司", "集团"]), ("这家企业", ["公司", "集团"]), ("这家公司", ["公司"]),
        ("公司", ["公司", "集团"]), ("企业", ["公司", "集团"]), ("集团", ["集团", "公司"]),
        ("我们自己", ["公司", "集团"]), ("我们", ["公司", "集团"]), ("自己", ["公司", "集团"]),
    ];

    /// <summary>Pronouns of the speaking company (我们自己开发的, 加上自己开发的): not bound to a clause opening.</summary>
    private static readonly HashSet<string> Pronouns = new(["我们自己", "我们", "自己"], StringComparer.Ordinal);

    private static Found? DemonstrativeMaker(string text, Found term, List<Found> inSentence, Found? previous, List<Found> orgs)
    {
        var open = TermRecognizer.QuoteBefore(text, term.Start);
        var at = open >= 0 ? open : term.Start;
        foreach (var mark in MakerMarks)
        {
            if (!Text.EndsWithAt(text, at, mark))
            {
                continue;
            }

            foreach (var (word, ends) in Demonstratives)
            {
                // A bare kind noun (公司开发的) must open its clause: 本地企业合作研发的 names no particular body.
                var before = at - mark.Length - word.Length;
                var demonstrative = word[0] is '该' or '这';
                // …搭载公司自研的X: with an own-development mark the kind noun needs no clause opening.
                if (Text.EndsWithAt(text, at - mark.Length, word) && (demonstrative || Pronouns.Contains(word) || OwnMarks.Contains(mark) || before == 0 || !Text.IsHan(text[before - 1])))
                {
                    bool OfKind(Found o) => ends.Any(e => o.Name.EndsWith(e, StringComparison.Ordinal));
                    return inSentence.LastOrDefault(o => o.End <= before && OfKind(o)) ??
                           (previous is not null && OfKind(previous) ? previous : demonstrative ? null : MainBusiness(orgs, before, OfKind));
                }
            }
        }

        return null;
    }

    /// <summary>The body of that kind named most often before <paramref name="before"/> (a report's own company); the later one on a tie.</summary>
    private static Found? MainBusiness(List<Found> orgs, int before, Func<Found, bool> ofKind) =>
        orgs.Where(o => o.End <= before && ofKind(o) && !RelationRules.IsGovernment(o)).GroupBy(o => o.Name, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Max(o => o.Start)).Select(g => g.Last()).FirstOrDefault();

    private static readonly string[] MakerMarks = ["共同完成的", "联合完成的", "共同研制的", "联合研制的", "共同建设的", "合作建设的", "共建的", "联合研发的", "共同研发的", "合作研发的", "联合开发的", "合作开发的", "共同开发的", "联合打造的", "共同打造的", "研发的", "研制的", "推出的", "生产的", "开发的", "自主研发的", "打造的", "自研的", "制造的"];

    /// <summary>Past a parenthesis right after a name (X有限公司（以下简称“Y”）共同建设的…).</summary>
    private static int AfterAside(string text, int end)
    {
        if (end < text.Length && text[end] == '(')
        {
            var close = text.IndexOf(')', end);
            if (close > end && close - end < 30)
            {
                return close + 1;
            }
        }

        return end;
    }

    private static readonly string[] SupplyVerbs = ["提供", "研发", "研制", "开发", "打造", "建设", "自主研发", "配套生产", "生产", "供应", "定制开发", "配套"];

    /// <summary>动力电池则来自X, 芯片均来自X: the body a part comes from made it.</summary>
    private static readonly string[] ComesFrom = ["来自", "则来自", "均来自", "都来自", "采购自", "出自"];

    private static readonly string[] JointWork = ["联合开发", "联合攻关", "联合研发", "共同研发", "共同开发", "联合技术攻关", "开展联合", "共同开展", "协同攻关", "合作研发", "合作开发"];

    /// <summary>
    /// The bodies joined as parties of one cooperation (A与B签约/共建/合作): the one before 与 and the partner after it,
    /// a government party left out (市政府与X集团签署…: X alone).
    /// </summary>
    private static List<Found> Parties(string text, List<Found> bodies)
    {
        var parties = new List<Found>();
        foreach (var partner in bodies.Where(o => Clauses.IsPartner(text, o)))
        {
            if (bodies.LastOrDefault(o => o.End == partner.Start - 1) is not { } first)
            {
                continue;
            }

            foreach (var party in new[] { first, partner })
            {
                if (!RelationRules.IsGovernment(party) && CanDevelop(party) && !parties.Contains(party))
                {
                    parties.Add(party);
                }
            }
        }

        return parties;
    }

    /// <summary>双方将联合开发Y: the parties of the agreement, when 双方 opens the term's clause or sentence.</summary>
    private static List<Found> BothParties(string text, Found term, List<Found> parties, int sentenceStart)
    {
        var s = Clauses.ClauseStart(text, term.Start);

        // 双方将联合开发Y; 双方还将联合X共建…，攻关Y: 双方 opens the term's clause with a word of joint work, or the
        // sentence, with research in the term's clause.
        var opensClause = Text.StartsWithAt(text, s, "双方") && Clauses.ClauseHas(text, term, JointWork);
        var opensSentence = Text.StartsWithAt(text, AfterLeadingClause(text, sentenceStart, term.Start), "双方") && Clauses.ClauseHas(text, term, ResearchVerbs);
        return parties.Count > 0 && (opensClause || opensSentence) ? parties : [];
    }
}
