namespace Graph.Extraction;

/// <summary>Users, served fields, stated needs and topics of talks, which are not developed (采用, 引进, 应用于, 提出X需求, 作题为《…》), and the own techniques a subject adopts, which are.</summary>
internal static partial class DevelopsReader
{
    private static readonly string[] ServeWords = ["应用于", "用于", "服务于", "面向", "赋能", "利用", "借助", "引入", "引进", "采购", "采用", "使用", "购买", "部署"];

    private static readonly HashSet<string> UseVerbs = new(["利用", "借助", "引入", "引进", "采购", "采用", "使用", "购买", "部署"], StringComparer.Ordinal);

    private static readonly string[] SectorAfter = ["企业", "产业", "行业", "生产线", "客户", "用户"];

    private static bool IsServedField(string text, Found term)
    {
        foreach (var w in SectorAfter)
        {
            if (Text.StartsWithAt(text, term.End, w))
            {
                return true;
            }
        }

        var from = Math.Max(0, term.Start - 8);
        var before = text.AsSpan(from, term.Start - from);
        var clause = before.LastIndexOfAny(",;:。\n");
        if (clause >= 0)
        {
            before = before[(clause + 1)..];
        }

        foreach (var w in ServeWords)
        {
            // 研发面向终端设备的AI推理芯片: a served field in a relative clause before the term does not make it served;
            // a user's verb (采用该公司的X) does.
            var at = before.LastIndexOf(w, StringComparison.Ordinal);
            if (at >= 0 && (UseVerbs.Contains(w) || before[(at + w.Length)..].IndexOf('的') < 0) && !AdoptsOwnTechnique(text, term, w, before[(at + w.Length)..]))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] OwnMarks = ["自主研发的", "自主开发的", "自研的", "自行研发的"];

    private static bool OwnMarkEnds(ReadOnlySpan<char> between)
    {
        foreach (var m in OwnMarks)
        {
            if (between.EndsWith(m, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] TechniqueWords = ["技术", "架构", "构型", "工艺", "模式"];

    /// <summary>
    /// 项目将采用液冷散热技术, 该机型采用倾转旋翼构型, 采用公司自研的X: a technique or part the subject's own work adopts is one it develops;
    /// a product adopted from someone else (采用X公司开发的Y, 采用这款面料) is not.
    /// </summary>
    private static bool AdoptsOwnTechnique(string text, Found term, string verb, ReadOnlySpan<char> between) =>
        verb == "采用" && between.IndexOfAny("这该此") < 0 &&
        (OwnMarkEnds(between) || between.IndexOf('的') < 0 && (TechniqueWords.Any(w => term.Name.EndsWith(w, StringComparison.Ordinal) || ListEndsWith(text, term.End, w)) ||
                                                              FirstPersonBefore(text, term.Start - between.Length - verb.Length)));

    /// <summary>我们采用A和B融合定位: in the maker's own words, what it adopts is built into its product.</summary>
    private static bool FirstPersonBefore(string text, int verbAt) => verbAt >= 2 && (Text.EndsWithAt(text, verbAt, "我们") || Text.EndsWithAt(text, verbAt, "团队"));

    /// <summary>The list the term stands in (液冷散热和余热回收技术, 物联网、遥感监测等技术) ends in <paramref name="word"/> within the clause.</summary>
    private static bool ListEndsWith(string text, int end, string word)
    {
        var stop = end;
        while (stop < text.Length && stop - end < 24 && (Text.IsHan(text[stop]) || Text.IsLatinOrDigit(text[stop]) || text[stop] == '、'))
        {
            stop++;
        }

        var at = text.IndexOf(word, end, stop - end, StringComparison.Ordinal);
        return at >= 0 && at + word.Length == stop;
    }

    /// <summary>作题为《深海装备的智能化之路》的报告, 题为“…”的报告, 以“算力网络”为题: a term in the title of a talk or a report is its topic.</summary>
    private static bool InTitleOfWork(string text, Found term)
    {
        var open = text.LastIndexOf('《', term.Start == 0 ? 0 : term.Start - 1);
        if (open >= 0 && text.IndexOf('》', open) is var close && close >= term.End && term.Start - open < 40)
        {
            return true;
        }

        // 以“…”为题, 作题为“…”的报告: the term inside quotes that a title word stands around.
        var quote = text.LastIndexOf('“', term.Start == 0 ? 0 : term.Start - 1);
        if (quote < 0 || term.Start - quote > 30 || text.IndexOf('”', quote, term.Start - quote) >= 0)
        {
            return false;
        }

        var end = text.IndexOf('”', term.End);
        return Text.EndsWithAt(text, quote, "题为") || end >= 0 && Text.StartsWithAt(text, end + 1, "为题");
    }

    /// <summary>X提出Y需求, 希望引入Y: the body asks for the term; a maker's offer to meet a need (满足…需求) is not asked for.</summary>
    private static bool IsDemanded(string text, Found term)
    {
        var e = Math.Min(Clauses.ClauseEnd(text, term.End), term.End + 16);
        var need = text.IndexOf("需求", term.End, e - term.End, StringComparison.Ordinal);
        return need >= 0 && !Clauses.ClauseHas(text, term, ["满足", "服务", "提供", "响应"]) || Clauses.ClauseHas(text, term, ["希望引入", "计划引入", "需要引入"]);
    }

    /// <summary>X已在Y试用, 为Y提供: a body named after a term as where it is used or whom it serves.</summary>
    private static bool IsPlaceOfUse(string text, Found org) =>
        org.Start > 0 && text[org.Start - 1] is '在' or '为' or '向' or '给' or '帮' || Text.EndsWithAt(text, org.Start, "帮助");
}
