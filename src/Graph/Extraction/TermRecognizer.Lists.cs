using System.Text.RegularExpressions;

namespace Graph.Extraction;

/// <summary>Technologies read from enumerations (A、B等技术, 三大能力, A和B两款新产品), from a technique joined before
/// 工艺/技术, and from the broad vocabulary where a sentence speaks of making something.</summary>
public sealed partial class TermRecognizer
{
    private static readonly string[] ListedTechEnds =
    [
        "等技术", "等核心技术", "等关键技术", "等前沿技术", "等关键核心技术", "等先进技术", "等新技术", "等前沿研究", "等研究", "等技术方向",
        "等方向研究", "等方向的研究", "等关键工艺", "等工艺", "等共性技术", "等关键共性技术",
        "等服务", "等功能", "等解决方案", "等能力", "的研发和制造", "的研发与制造", "的研发和生产", "的研发、生产", "的研发", "的研制", "等产品", "等装备", "等新产品", "等拳头产品",
    ];

    /// <summary>Items listed before 等技术 (运用A、B、C等技术) are technologies.</summary>
    private static readonly Regex CountedCapabilities = new(@"[两二三四五六七八九十](?:大|项|类)(?:核心)?(?:能力|功能|技术|应用|模块|产品线|业务)|[两二三四五六七八九十](?:大|个)(?:研究|重点|主攻)?方向", RegexOptions.CultureInvariant);

    private static readonly Regex CountedProducts = new(@"[一二两三四五六七八九十\d]+(?:款|种|类|项)(?:新产品|新品|产品|核心产品|装备|设备|关键技术|核心技术|技术)", RegexOptions.CultureInvariant);

    private static void FindListedTechnologies(string text, List<Found> found)
    {
        // 自主研发的A和B两款新产品: two products joined by 和 before a count of products.
        foreach (Match m in CountedProducts.Matches(text))
        {
            var start = CleanLeftEdge(text, m.Index, 30, listItem: true);
            var join = start < 0 ? -1 : text.IndexOf('和', start, m.Index - start);
            if (join - start >= 2 && m.Index - join - 1 >= 2)
            {
                found.Add(new Found(EntityKind.Technology, text[start..join], start, join));
                found.Add(new Found(EntityKind.Technology, text[(join + 1)..m.Index], join + 1, m.Index));
            }
        }

        // 具备A、B、C三大能力: a counted list of capabilities ends like 等能力.
        var ends = ListedTechEnds.SelectMany(end => Text.Occurrences(text, end).Select(at => (At: at, End: end)))
            .Concat(CountedCapabilities.Matches(text).Select(m => (At: m.Index, End: m.Value)));
        foreach (var (at, end) in ends.ToList())
        {
            var listed = ListItems.Before(text, at, 80, IsTermChar, FirstItemStart);
            ListItems.SplitLastJoined(text, listed, minPart: 2); // …、C和D等能力

            foreach (var (itemStart, itemEnd) in listed)
            {
                // A的X、B的Y等产品: the item is what follows the owner's 的.
                var of = text.LastIndexOf('的', itemEnd - 1, itemEnd - itemStart);
                var start = of >= 0 ? of + 1 : itemStart;
                // A list of products names technologies only where an item ends like one (…电池, …装备, …技术).
                var product = end.Contains("产品", StringComparison.Ordinal) || end.Contains("装备", StringComparison.Ordinal);
                if (itemEnd - start is >= 2 and <= 14 && (!product || TechHeads.Any(h => Text.EndsWithAt(text, itemEnd, h))))
                {
                    found.Add(new Found(EntityKind.Technology, text[start..itemEnd], start, itemEnd));
                }
            }
        }

        int FirstItemStart(int start, int end) => CleanLeftEdge(text, end, end - start + 1, listItem: true) is var edge && edge >= start ? edge : -1;
    }

    private static readonly string[] MakingWords =
    [
        "研发", "研制", "开发", "生产", "突破", "攻关", "攻克", "掌握", "推出", "发布", "自主", "专注", "主营", "量产", "打造", "制造", "研究",
        "展示", "演示", "提供", "采用", "配套", "供应", "应用", "产品", "下线", "投产", "建成",
    ];

    /// <summary>
    /// Terms of the broad vocabulary (碳化硅衬底, 粉末冶金, 质子交换膜) where their sentence speaks of making, researching,
    /// offering or using something; elsewhere (a field named in passing) they are left to the other rules.
    /// </summary>
    private void FindVocabulary(string text, List<Found> found)
    {
        foreach (var (start, end) in Clauses.Sentences(text))
        {
            if (!Clauses.ContainsAny(text, start, end, MakingWords))
            {
                continue;
            }

            // Each term's occurrences do not overlap one another (as with IndexOf from the end of the last one).
            var nextFree = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = start; i < end; i++)
            {
                if (!_vocabularyByFirst.TryGetValue(text[i], out var terms))
                {
                    continue;
                }

                foreach (var term in terms)
                {
                    if (i + term.Length > end || !Text.StartsWithAt(text, i, term) || nextFree.TryGetValue(term, out var free) && i < free)
                    {
                        continue;
                    }

                    nextFree[term] = i + term.Length;
                    var latin = Text.IsLatinOrDigit(term[^1]) && i + term.Length < text.Length && Text.IsLatinOrDigit(text[i + term.Length]) ||
                                Text.IsLatinOrDigit(term[0]) && i > 0 && Text.IsLatinOrDigit(text[i - 1]);
                    if (!latin)
                    {
                        found.Add(new Found(EntityKind.Technology, term, i, i + term.Length));
                    }
                }
            }
        }
    }

    /// <summary>研究凝胶注模成型和热等静压烧结工艺: the technique joined by 和/及 before a term ending in 工艺/技术 shares its head.</summary>
    private static void FindJoinedTechniques(string text, List<Found> found)
    {
        foreach (var t in found.ToList())
        {
            if (t.Start < 3 || !(t.Name.EndsWith("工艺", StringComparison.Ordinal) || t.Name.EndsWith("技术", StringComparison.Ordinal)) ||
                text[t.Start - 1] is not ('和' or '及' or '与'))
            {
                continue;
            }

            var end = t.Start - 1;
            var start = CleanLeftEdge(text, end, 10, listItem: true);
            if (start >= 0 && end - start is >= 2 and <= 10 && text.AsSpan(start, end - start).IndexOfAny("的、") < 0)
            {
                found.Add(new Found(EntityKind.Technology, text[start..end], start, end));
            }
        }
    }

    /// <summary>What a list that is not of technologies closes with (A、B等企业, 等产业, 等城市).</summary>
    private static readonly string[] NotTechListEnds =
    [
        "产业", "行业", "企业", "单位", "公司", "集团", "城市", "地区", "国家", "部门", "高校", "院所", "人员", "人才", "学科", "专业", "岗位", "省份", "县区", "园区",
        "品牌", "客户", "用户", "市场", "景区", "医院", "学校", "机构", "项目", "基地", "赛道", "集群", "板块",
    ];

    private static readonly string[] ListOpeners =
        ["研发", "开发", "攻关", "攻克", "围绕", "包括", "涵盖", "聚焦", "突破", "掌握", "推出", "提供", "生产", "研制", "集成", "搭载", "具备", "开展", "展示", "演示", "发布", "建设", "打造"];

    private static readonly string[] FieldEnds = ["产业", "行业", "经济", "城市", "政府", "服务", "治理", "交通", "海洋", "机场", "纺织", "矿山", "园区", "乡村", "社区"];

    /// <summary>智慧城市, 高端装备, 政务服务: a field or a sector, not a technology.</summary>
    private static bool IsField(string item) =>
        FieldEnds.Any(e => item.EndsWith(e, StringComparison.Ordinal)) || item.Length == 4 && (item.StartsWith("智慧", StringComparison.Ordinal) || item.EndsWith("装备", StringComparison.Ordinal));

    /// <summary>
    /// 研发A、B和C等产品 with B a technology: the other items of the list are technologies too, when the list closes with
    /// 等 (not 等企业, 等产业…) or at a clause end with an item ending like a technology; items that are already
    /// organizations, people, places or sectors stay what they are.
    /// </summary>
    public static void AddListMates(string text, List<Found> techs, IReadOnlyList<Found> others)
    {
        foreach (var seed in techs.Where(t => t.End < text.Length && text[t.End] == '、' || t.Start > 0 && text[t.Start - 1] == '、').ToList())
        {
            // The list's end: past the items after the seed to 等 or a clause break.
            var end = seed.End;
            while (end < text.Length && (IsTermChar(text[end]) || text[end] == '、') && text[end] != '等' && end - seed.End < 60)
            {
                end++;
            }

            if (end >= text.Length)
            {
                continue;
            }

            var closedByDeng = text[end] == '等';
            if (!closedByDeng && text[end] is not (',' or '。' or ';' or ':' or '\n') || closedByDeng && NotTechListEnds.Any(w => Text.StartsWithAt(text, end + 1, w) ||
                    end + 3 < text.Length && Text.StartsWithAt(text, end + 3, w) && Text.IsHan(text[end + 1])))
            {
                continue;
            }

            var items = ListItems.Before(text, end, 90, IsTermChar, (start, itemEnd) => CleanLeftEdge(text, itemEnd, itemEnd - start + 1, listItem: true) is var edge && edge >= start ? edge : -1);
            ListItems.SplitLastJoined(text, items, minPart: 2);
            if (!items.Any(i => i.Start == seed.Start && i.End == seed.End))
            {
                continue;
            }

            for (var k = 0; k < items.Count; k++)
            {
                var (start, itemEnd) = items[k];
                var last = k == items.Count - 1;
                // The first item opens after punctuation or a verb that introduces what is made; 智慧城市, 高端装备, 政务服务 are fields.
                if (itemEnd - start is < 3 or > 12 || Spans.Overlaps(start, itemEnd, techs) || Spans.Overlaps(start, itemEnd, others) ||
                    k == 0 && (start > 0 && Text.IsHan(text[start - 1]) ? !ListOpeners.Any(v => Text.EndsWithAt(text, start, v)) : itemEnd - start > 8 || !TechHeads.Any(h => Text.EndsWithAt(text, itemEnd, h))) ||
                    IsField(text[start..itemEnd]) ||
                    last && !closedByDeng && !TechHeads.Any(h => Text.EndsWithAt(text, itemEnd, h)) || text.AsSpan(start, itemEnd - start).IndexOfAny("的是在了") >= 0)
                {
                    continue;
                }

                techs.Add(new Found(EntityKind.Technology, text[start..itemEnd], start, itemEnd));
            }
        }
    }

    /// <summary>三个方向：, 四类核心能力：, 三项关键技术： — a colon after which the items named are technologies.</summary>
    private static readonly Regex AnnouncedItems = new(@"(?:能力|方向|功能|技术|产品|模块|业务)\s*:", RegexOptions.CultureInvariant);

    private static readonly Regex Ordinal = new(@"\G(?:第|其)?[一二三四五六七八九十]是", RegexOptions.CultureInvariant);

    private static readonly string[] ItemTails = ["研究", "方向", "等"];

    /// <summary>
    /// 具备四类核心能力：一是A，…；二是B，… and 聚焦三个方向：A、B，以及C: the items announced after the colon, each the
    /// words before its first clause break (after a last 的: 基于机器视觉的石材表面缺陷检测 gives 石材表面缺陷检测).
    /// </summary>
    private static void FindAnnouncedItems(string text, List<Found> found)
    {
        foreach (Match m in AnnouncedItems.Matches(text))
        {
            var at = m.Index + m.Length;
            var paragraphEnd = text.IndexOf('\n', at) is var nl && nl >= 0 ? nl : text.Length;
            var ordinal = Ordinal.Match(text, at);
            if (ordinal.Success)
            {
                // 一是A，…；二是B，…: every ordinal of the paragraph opens an item.
                for (var pos = at; pos < paragraphEnd;)
                {
                    var o = Ordinal.Match(text, pos);
                    if (!o.Success)
                    {
                        break;
                    }

                    var itemEnd = text.IndexOfAny([',', ';', '。', ':'], o.Index + o.Length);
                    if (itemEnd < 0 || itemEnd > paragraphEnd)
                    {
                        break;
                    }

                    AddItem(o.Index + o.Length, itemEnd);
                    var next = text.IndexOfAny([';', '。'], itemEnd);
                    pos = next < 0 || next >= paragraphEnd ? paragraphEnd : next + 1;
                }

                continue;
            }

            // A、B，以及C。: items joined by 、 and ，以及 up to the sentence end.
            var end = text.IndexOfAny(['。', ';', '\n'], at);
            end = end < 0 ? text.Length : end;
            var start = at;
            for (var i = at; i <= end; i++)
            {
                if (i == end || text[i] == '、' || text[i] == ',' && Text.StartsWithAt(text, i + 1, "以及"))
                {
                    AddItem(start, i);
                    start = i < end && text[i] == ',' ? i + 3 : i + 1;
                }
                else if (text[i] == ',')
                {
                    break;
                }
            }
        }

        void AddItem(int start, int end)
        {
            if (end - start < 2)
            {
                return;
            }

            var of = text.LastIndexOf('的', end - 1, end - start);
            if (of >= 0)
            {
                start = of + 1;
            }

            foreach (var tail in ItemTails)
            {
                if (Text.EndsWithAt(text, end, tail) && end - tail.Length - start >= 2)
                {
                    end -= tail.Length;
                }
            }

            // 一是做强整机产品: a task, not an item.
            if (end - start is >= 2 and <= 14 && Enumerable.Range(start, end - start).All(i => IsTermChar(text[i])) &&
                !LeadVerbs.Any(v => v.Length >= 2 && Text.StartsWithAt(text, start, v)))
            {
                found.Add(new Found(EntityKind.Technology, text[start..end], start, end));
            }
        }
    }
}
