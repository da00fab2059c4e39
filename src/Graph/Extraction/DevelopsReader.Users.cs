namespace Graph.Extraction;

/// <summary>Users and served fields, who do not develop what they use (采用, 引进, 应用于), and the own techniques a subject adopts, which it does.</summary>
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
        (OwnMarkEnds(between) || between.IndexOf('的') < 0 && TechniqueWords.Any(w => term.Name.EndsWith(w, StringComparison.Ordinal) || ListEndsWith(text, term.End, w)));

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
}
