using System.Collections.Frozen;

namespace Graph.Extraction;

/// <summary>
/// Companies and organizations by their form: a name ends in a company-form or public-body suffix
/// (有限公司, 集团, 研究院, 大学, 厅, 局, 委员会 ...); its left edge is found by scanning back over name
/// characters until a word that cannot be inside a name (在, 走进, 与, 陪同 ...) or punctuation.
/// Plus well-known brands, read as Company.
/// </summary>
public sealed partial class OrganizationRecognizer
{
    /// <summary>Words that end the text before a name (the name starts right after them).</summary>
    private static readonly string[] StopsBefore =
    [
        "来到", "走进", "走访", "前往", "考察", "调研", "参观", "深入", "以及", "会同", "联合", "牵头", "主办", "承办", "指导",
        "邀请", "组织", "签署", "签约", "携手", "支持", "推动", "推进", "建设", "打造", "布局", "成立", "设立", "落户", "加入",
        "包括", "其中", "来自", "以来", "年来", "一直", "长期", "围绕", "首先", "先后", "分别", "共同", "出席", "参加", "陪同", "会见", "听取", "介绍", "表示",
        "认为", "指出", "强调", "要求", "主持", "发布", "举办", "举行", "召开", "开展", "启动", "培育", "引进", "带动", "入驻",
        "位于", "依托", "通过", "获得", "成为", "作为", "担任", "感谢", "评价", "肯定", "看望", "慰问", "接待", "视察", "察看",
        "了解", "带领", "率领", "同志", "一行", "集聚", "汇聚", "吸引", "聚焦", "对接", "赋能", "助力", "以下简称",
        "据了解", "据介绍", "据悉", "据统计", "确保", "力争", "争取", "拥有", "设有", "建有", "学校", "该校", "本校", "我校", "该院", "该所", "签订", "签下", "共建", "合建", "联合共建", "供货", "采购", "收购", "并购", "入股", "中标", "牵手", "联手", "洽谈", "落地", "运营方", "建设方", "承建方", "合作方", "受让方", "转让方", "出让方", "需求方", "投资方", "主办方", "承办方", "甲方", "乙方", "双方", "各方", "对方", "当选", "担任", "兼任", "鼓励", "希望", "发挥", "引导", "督促", "欢迎", "期待", "勉励", "号召",
        "依靠", "协同", "同时", "充分", "积极", "帮助", "请", "要", "让", "使", "向", "告诉", "获评", "入选", "被评为", "授牌", "挂牌", "到访", "来访", "拜访", "造访", "访问", "回访", "出访",
        "出任", "龙头", "下一步", "开放", "借助", "目前", "对话", "覆盖", "出自", "所属", "旗下", "全称", "搭载", "推出", "试用", "当属", "发往", "运往", "销往", "送往", "交给", "卖给", "还有", "共有", "已有", "都有", "就", "与", "同", "和", "及", "暨", "在", "到", "赴", "由", "为", "是", "对", "向", "了", "的", "等", "将", "把",
        "被", "从", "并", "还", "也", "已", "均", "其", "该", "这", "那", "让", "给", "跟", "于", "至", "以", "或",
        "即", "又", "再", "则", "但", "而", "且", "兼", "任", "们", "年", "月", "日", "号", "获授", "组建", "获批", "授予", "荣获", "成立了", "专访", "采访", "代表", "走出", "走向", "走上", "采用", "交付", "使用", "部署", "委托", "接入", "见证", "观看", "观摩", "内置", "提出", "展示", "演示", "回答", "宣布", "现有", "听取了", "访", "体验", "接下来", "落实", "上游有", "下游有",
    ];

    /// <summary>Suffixes that need a place-like head and a clean right edge (they are also common word endings).</summary>
    private static readonly FrozenSet<string> WeakSuffixes = new[]
    {
        "科技", "集团", "股份", "控股", "中心", "创新联合体", "技术中心", "服务中心", "训练中心", "创新中心", "局", "厅", "委", "办", "部", "署", "人大", "政府", "办公室", "学校", "学院", "联盟", "办公厅",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Heads that make a public-body name: 省/市/区/县/国家 or a division name.</summary>
    private static readonly string[] Heads = ["省", "市", "区", "县", "州", "国家", "中国", "全国", "中央", "国务院", "中共", "共青团", "西南", "西北", "东北", "华北", "华东", "华南", "华中", "西部", "东部", "中部", "科技城"];

    /// <summary>A weak suffix ends a name only when followed by one of these (or by punctuation, or by a title).</summary>
    private const string FollowAfterWeak = "的和与及等在将也已还是为于同就对向从把被担牵主联组召举发出参陪负相有领共先分积今近日作并全各党揭签副院师展校、,.;:!?)\"“”( 】";

    /// <summary>Distinctive parts that are not names (本公司, 该集团, 科技公司 ...).</summary>
    private static readonly FrozenSet<string> GenericHeads = new[]
    {
        "科技", "上市", "民营", "国有", "龙头", "链主", "头部", "骨干", "重点", "相关", "有关", "其他", "其它", "多家", "一家", "这家", "该", "本",
        "各", "全", "大型", "中小", "初创", "创新型", "高新技术", "企业", "母", "子", "分", "总", "省直", "市直", "区直", "县直", "省级", "市级",
        "区级", "县级", "国家级", "部分", "上级", "下级", "职能", "主管", "行业", "地方", "当地", "基层", "科研", "高等", "研发", "合资", "外资", "互联网", "软件", "物流", "下一步",
        "省", "市", "区", "县", "国家", "中国", "全国", "中央", "平台", "投资", "运营", "技术", "服务", "信息", "数据", "研究", "创新", "人工智能",
        "产业", "前沿", "高", "黑", "新", "硬", "区属", "市属", "省属", "县属", "自治区", "自治州", "自治县", "全省", "全市", "全区", "全县", "本省", "本市", "园区", "开发区", "景区", "社区", "校区", "厂区", "港区", "片区", "核心", "关键", "数字", "智能", "未来", "现代", "今年", "明年", "去年", "专家", "专业",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly string[] UnitWords = ["实验室", "中心", "办公室", "展厅", "车间"];
    private static readonly string[] InnerBodies = ["研究所", "研究院"];

    private static readonly string[] BadInside = ["有关", "相关", "部分", "各级", "等", "、", "这", "该", "其", "首个", "首家"];

    private readonly Lexicon _lexicon;

    /// <summary>Place names of two or more characters by their first and by their last character, longest first (a name's left edge is scanned at every character).</summary>
    private readonly FrozenDictionary<char, string[]> _placesByFirst;
    private readonly FrozenDictionary<char, string[]> _placesByLast;

    public OrganizationRecognizer(Lexicon lexicon)
    {
        _lexicon = lexicon;
        var places = lexicon.LocationsLongestFirst.Where(l => l.Length >= 2).ToList();
        _placesByFirst = places.GroupBy(l => l[0]).ToFrozenDictionary(g => g.Key, g => g.ToArray());
        _placesByLast = places.GroupBy(l => l[^1]).ToFrozenDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>A place name of two or more characters starts at <paramref name="at"/>.</summary>
    private bool PlaceStartsAt(string text, int at) =>
        at < text.Length && _placesByFirst.TryGetValue(text[at], out var places) && places.Any(l => Text.StartsWithAt(text, at, l));

    public IReadOnlyList<Found> Find(string text)
    {
        var found = new List<Found>();
        foreach (var (suffix, kind) in _lexicon.OrgSuffixesLongestFirst)
        {
            for (var i = text.IndexOf(suffix, StringComparison.Ordinal); i >= 0; i = text.IndexOf(suffix, i + 1, StringComparison.Ordinal))
            {
                var end = i + suffix.Length;
                var weak = WeakSuffixes.Contains(suffix) || suffix.Length == 1;
                // A bureau's or a registered company's name may hold words that stop other names (…数字化建设管理局, 山西X建设工程集团有限公司).
                // …and a bank branch's (中国建设银行景德镇分行).
                var start = ScanLeft(text, i, kind == EntityKind.Organization && BureauEnds.Any(e => suffix.EndsWith(e, StringComparison.Ordinal)) ||
                                              kind == EntityKind.Company && (suffix.EndsWith("有限公司", StringComparison.Ordinal) || suffix is "分行" or "支行"));
                if (start < i && text[start] == '和' && start + 1 < i)
                {
                    start++;
                }

                // 耒阳经济开发区湖南耒创…有限公司: a park named before a place-headed company is where it is, not its name.
                start = AfterPark(text, start, i);

                // 华为技术有限公司: a known brand whose last character stops a name (为) still heads it.
                if (kind == EntityKind.Company && _lexicon.Brands.FirstOrDefault(b => Text.EndsWithAt(text, start, b)) is { } brandHead)
                {
                    start -= brandHead.Length;
                }

                // 工业和信息化厅: a public body without a head continues past 和/与.
                if (kind == EntityKind.Organization && !HasHead(text, start) && start > 0 && text[start - 1] is '和' or '与' &&
                    !CoordinatesEntities(text, start - 1))
                {
                    // 智能牵引与控制湖南省重点实验室, 智能液压与电驱动技术联合创新中心: a laboratory's or an innovation
                    // centre's field may be two things joined by 与.
                    var further = ScanLeft(text, start - 1);
                    // 电子科学与工程学院, 计算机科学与技术学院: a college named after two fields, after its university.
                    // …有限公司正与X大学: a stretch holding a whole body's name is another body, not the first field.
                    if (further < start - 1 && !CompanyEnds.Any(e => text.IndexOf(e, further, start - 1 - further, StringComparison.Ordinal) >= 0) && (HasHead(text, further) ||
                                                (suffix.EndsWith("实验室", StringComparison.Ordinal) || suffix.EndsWith("创新中心", StringComparison.Ordinal)) && start - 1 - further is >= 2 and <= 8 ||
                                                suffix.EndsWith("学院", StringComparison.Ordinal) && start - 1 - further is >= 2 and <= 14 &&
                                                (text.AsSpan(further, start - 1 - further).Contains("大学", StringComparison.Ordinal) ||
                                                 text.AsSpan(further, start - 1 - further).Contains("学院", StringComparison.Ordinal))))
                    {
                        start = further;
                    }
                }

                // A place-headed body (四川省…联盟成立大会) may run straight into the next word; 科技 and one-character suffixes may not.
                var lenientEdge = suffix.Length >= 4 && suffix.EndsWith("中心", StringComparison.Ordinal) ||
                                  suffix.Length >= 2 && suffix != "科技" && HasHead(text, start);
                if (weak && !(lenientEdge ? SuffixWordsOk(text, i, end, suffix) : RightEdgeOk(text, i, end, suffix)))
                {
                    continue;
                }

                start = CutAfterTitle(text, start, i);
                start = CutAfterDescriptor(text, start, i, kind);
                if (IsVenue(text, start, end, suffix))
                {
                    continue;
                }

                // 中国石油大学(华东): a campus in parentheses right after a university is part of its name.
                var nameEnd = suffix is "大学" or "学院" ? end + Campus(text, end) : end;
                var name = text[start..nameEnd];
                if (Valid(text, start, i, end, name, suffix, kind, weak))
                {
                    found.Add(new Found(kind, name, start, nameEnd));
                }
            }
        }

        foreach (var body in _lexicon.NationalBodies)
        {
            for (var i = text.IndexOf(body, StringComparison.Ordinal); i >= 0; i = text.IndexOf(body, i + body.Length, StringComparison.Ordinal))
            {
                found.Add(new Found(EntityKind.Organization, body, i, i + body.Length));
            }
        }

        foreach (var brand in _lexicon.Brands)
        {
            for (var i = text.IndexOf(brand, StringComparison.Ordinal); i >= 0; i = text.IndexOf(brand, i + brand.Length, StringComparison.Ordinal))
            {
                var end = i + brand.Length;
                var latin = Text.IsLatinOrDigit(brand[0]);
                if (latin && ((i > 0 && Text.IsLatinOrDigit(text[i - 1])) || (end < text.Length && Text.IsLatinOrDigit(text[end]))))
                {
                    continue;
                }

                // 阿里地区 is a place, not the brand; 360度 is a number; 高通量 (high-throughput) is a word.
                if (end < text.Length && "地市县州区".Contains(text[end]) || WordsStartingWithBrands.Any(w => Text.StartsWithAt(text, i, w)) ||
                    char.IsAsciiDigit(brand[^1]) && end < text.Length && Text.IsHan(text[end]) && !"公集安科数".Contains(text[end]))
                {
                    continue;
                }

                found.Add(new Found(EntityKind.Company, brand, i, end));
            }
        }

        FindListed(text, found);
        FindByCorporateTitle(text, found);
        return JoinBranches(Spans.KeepLongest(found));
    }

    /// <summary>Length of a parenthesized place of two to four Han characters at <paramref name="at"/> ((华东), (北京)), else 0.</summary>
    private static int Campus(string text, int at)
    {
        if (at >= text.Length || text[at] != '(')
        {
            return 0;
        }

        var close = text.IndexOf(')', at);
        return close - at - 1 is >= 2 and <= 4 && text[(at + 1)..close].All(Text.IsHan) &&
               !Text.StartsWithAt(text, at + 1, "以下") && !Text.StartsWithAt(text, at + 1, "简称") && !Text.StartsWithAt(text, at + 1, "下称")
            ? close - at + 1
            : 0;
    }

    private static readonly string[] Parks = ["经济技术开发区", "经济开发区", "高新技术产业开发区", "开发区", "高新区", "经开区", "产业园", "园区", "企业"];

    /// <summary>The start of a place-headed name that follows a park's name or a description (试用企业) inside [start, suffixStart), else start.</summary>
    private int AfterPark(string text, int start, int suffixStart)
    {
        foreach (var park in Parks)
        {
            var at = text.IndexOf(park, start, suffixStart - start, StringComparison.Ordinal);
            if (at >= 0 && at + park.Length < suffixStart && PlaceStartsAt(text, at + park.Length))
            {
                return at + park.Length;
            }
        }

        return start;
    }

    private static readonly string[] BranchEnds = ["分公司", "分行", "支行"];

    /// <summary>中国电信股份有限公司 + 张掖分公司: a branch written right after its parent is one body, the branch.</summary>
    private static List<Found> JoinBranches(IReadOnlyList<Found> spans)
    {
        var result = new List<Found>(spans.Count);
        foreach (var span in spans.OrderBy(s => s.Start))
        {
            if (result.Count > 0 && result[^1] is { Kind: EntityKind.Company } parent && parent.End == span.Start && span.Kind == EntityKind.Company &&
                BranchEnds.Any(e => span.Name.EndsWith(e, StringComparison.Ordinal)))
            {
                result[^1] = new Found(EntityKind.Company, parent.Name + span.Name, parent.Start, span.End);
                continue;
            }

            result.Add(span);
        }

        return result;
    }

    /// <summary>新能源矿卡三个研究中心: a count of bodies inside the head.</summary>
    [System.Text.RegularExpressions.GeneratedRegex("[一二两三四五六七八九十几数多0-9]+[个家所]$")]
    private static partial System.Text.RegularExpressions.Regex CountedBodies();

    private static readonly string[] WordsStartingWithBrands = ["高通量"];

    private static readonly string[] CompanyEnds = ["公司", "集团"];

    private static readonly FrozenSet<string> NotNames = new[] { "公司", "集团", "企业", "单位", "机构", "团队", "平台", "项目", "该公司", "本公司", "我们", "记者" }
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly string[] CorporateTitles = ["董事长", "副董事长", "总裁", "高级副总裁", "副总裁", "总经理", "副总经理", "首席执行官", "首席技术官", "创始人", "联合创始人", "CEO", "CTO"];

    /// <summary>华鲲振宇总裁万诤: a name right before a corporate title and a person is the person's company.</summary>
    private void FindByCorporateTitle(string text, List<Found> found)
    {
        foreach (var title in CorporateTitles)
        {
            for (var i = text.IndexOf(title, StringComparison.Ordinal); i >= 0; i = text.IndexOf(title, i + title.Length, StringComparison.Ordinal))
            {
                var after = i + title.Length;
                if (after >= text.Length || !_lexicon.SingleSurnames.Contains(text[after].ToString()) ||
                    found.Any(f => f.End == i) || i > 0 && text[i - 1] is '副' or '总' or '执' or '席' or '级' or '深')
                {
                    continue;
                }

                var start = ScanLeft(text, i);
                if (start > 0 && !(text[start - 1] is ',' or '、' or '。' or ';' or ':' or '\n' or '(' or '“' or '"' or ' ') && !StopEndsAt(text, start, i))
                {
                    continue;
                }

                var name = text[start..i];
                if (name.Length is < 2 or > 8 || GenericHeads.Contains(name) || NotNames.Contains(name) || BadInside.Any(b => name.Contains(b, StringComparison.Ordinal)) ||
                    _lexicon.TitlesLongestFirst.Any(t => t.Length >= 2 && name.EndsWith(t, StringComparison.Ordinal)) ||
                    _lexicon.Locations.ContainsKey(name) || !name.All(c => Text.IsHan(c) || Text.IsLatinOrDigit(c)))
                {
                    continue;
                }

                found.Add(new Found(EntityKind.Company, name, start, i));
            }
        }
    }

    private static readonly string[] ListEnds = ["等企业", "等公司", "等科技企业", "等龙头企业", "等重点企业", "等链主企业", "等头部企业"];

    /// <summary>Names listed before 等企业 (走进A、B、C等企业) are companies even without a legal form.</summary>
    private static void FindListed(string text, List<Found> found)
    {
        foreach (var end in ListEnds)
        {
            for (var at = text.IndexOf(end, StringComparison.Ordinal); at >= 0; at = text.IndexOf(end, at + end.Length, StringComparison.Ordinal))
            {
                foreach (var (start, itemEnd) in ListItems.Before(text, at, 80, IsNameChar, AfterLeadingVerb))
                {
                    if (itemEnd - start is >= 2 and <= 12 && !found.Any(f => f.Start < itemEnd && start < f.End))
                    {
                        found.Add(new Found(EntityKind.Company, text[start..itemEnd], start, itemEnd));
                    }
                }
            }
        }

        // The first item starts after the verb (走进A、B等企业, 包括A、B等企业).
        int AfterLeadingVerb(int start, int end)
        {
            var item = text[start..end];
            foreach (var stop in StopsBefore.OrderByDescending(x => x.Length))
            {
                var idx = item.LastIndexOf(stop, StringComparison.Ordinal);
                if (idx >= 0 && idx + stop.Length < item.Length - 1)
                {
                    return start + idx + stop.Length;
                }
            }

            return start;
        }
    }

    /// <summary>Words a one-character suffix forms with the character before or after it (布局, 局长, 主办, 部门 ...).</summary>
    private static readonly FrozenDictionary<string, (string Before, string After)> SuffixWords = new Dictionary<string, (string, string)>
    {
        ["局"] = ("布格大全结开当僵变时政", "长面势限部"),
        ["厅"] = ("展大餐客示门", "长级局"),
        ["委"] = ("常编评", "员托屈婉"),
        ["办"] = ("主承协举创开督包兴代筹试操", "公理法学事好成"),
        ["部"] = ("内外全局总西东干头腹底顶北南中细", "长门署分位队件属委级"),
        ["署"] = ("部签", "长名"),
        ["学校"] = ("", "长"),
        ["中心"] = ("", "城"),
        ["集团"] = ("", "化军"),
        ["人大"] = ("", "代常"),
        ["政府"] = ("", "工"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static bool SuffixWordsOk(string text, int suffixStart, int end, string suffix) =>
        !SuffixWords.TryGetValue(suffix, out var words) ||
        (suffixStart == 0 || !words.Before.Contains(text[suffixStart - 1])) && (end >= text.Length || !words.After.Contains(text[end]));

    private bool RightEdgeOk(string text, int suffixStart, int end, string suffix)
    {
        if (SuffixWords.TryGetValue(suffix, out var words))
        {
            return (suffixStart == 0 || !words.Before.Contains(text[suffixStart - 1])) &&
                   (end >= text.Length || !words.After.Contains(text[end]));
        }

        if (end >= text.Length)
        {
            return true;
        }

        var c = text[end];
        return !Text.IsHan(c) && !Text.IsLatinOrDigit(c) || FollowAfterWeak.Contains(c) || StartsWithTitle(text, end);
    }

    private bool StartsWithTitle(string text, int at) => Text.StartsWithAnyAt(text, at, _lexicon.TitlesLongestFirst.Where(t => t.Length >= 2));

    private static readonly string[] Venues = ["会展中心", "展览中心", "会议中心", "体育中心", "博览中心", "文化中心", "展示中心", "活动中心", "市民中心", "行政中心"];

    private static readonly string[] HeldWords = ["举行", "举办", "召开", "开幕", "隆重举行", "成功举办", "启幕"];

    /// <summary>发布会在X智造中心举行: a centre named as the place where something is held is a venue, not a body.</summary>
    private static bool IsVenue(string text, int start, int end, string suffix) =>
        suffix.EndsWith("中心", StringComparison.Ordinal) && start > 0 && text[start - 1] == '在' && HeldWords.Any(w => Text.StartsWithAt(text, end, w));

    private static readonly string[] Descriptors = ["企业", "品牌", "厂商", "龙头", "公司", "制造商", "供应商", "服务商", "运营商"];

    /// <summary>A county or city before a company registered under its province (涟源市湖南X有限公司).</summary>
    private static readonly string[] PlaceEnds = ["市", "县", "区", "旗"];

    /// <summary>
    /// 当地企业湖北X有限公司, 刻蚀设备制造商江西X有限公司, 涟源市湖南X有限公司: a description or a county before a
    /// place-headed name is not part of it.
    /// </summary>
    private int CutAfterDescriptor(string text, int start, int suffixStart, EntityKind kind)
    {
        var best = start;
        foreach (var d in kind == EntityKind.Company ? [.. Descriptors, .. PlaceEnds] : Descriptors)
        {
            for (var at = text.IndexOf(d, start, suffixStart - start, StringComparison.Ordinal); at >= 0 && at + d.Length < suffixStart;
                 at = text.IndexOf(d, at + 1, suffixStart - at - 1, StringComparison.Ordinal))
            {
                var after = at + d.Length;
                if (after > best && PlaceStartsAt(text, after))
                {
                    best = after;
                }
            }
        }

        return best;
    }

    /// <summary>Cuts a title chain off the left (党组书记、局长兼省政府 → 省政府).</summary>
    private int CutAfterTitle(string text, int start, int suffixStart)
    {
        var best = start;
        foreach (var title in _lexicon.TitlesLongestFirst)
        {
            if (title.Length < 2)
            {
                continue;
            }

            var at = text.IndexOf(title, best, suffixStart - best, StringComparison.Ordinal);
            while (at >= 0 && at + title.Length <= suffixStart)
            {
                var after = at + title.Length;
                if (after < suffixStart && suffixStart - after >= 1)
                {
                    best = Math.Max(best, after);
                }

                at = after < suffixStart ? text.IndexOf(title, after, suffixStart - after, StringComparison.Ordinal) : -1;
            }
        }

        while (best < suffixStart && text[best] == '兼')
        {
            best++;
        }

        return best;
    }

    private bool HasHead(string text, int start)
    {
        // An unlisted place: two or three characters then 省/市/县/区/州 (江城市…).
        for (var k = 2; k <= 3; k++)
        {
            if (start + k < text.Length && text[start + k] is '省' or '市' or '县' or '区' or '州' && Enumerable.Range(start, k).All(j => Text.IsHan(text[j])))
            {
                return true;
            }
        }

        foreach (var h in Heads)
        {
            if (Text.StartsWithAt(text, start, h))
            {
                return true;
            }
        }

        foreach (var loc in _lexicon.LocationsLongestFirst)
        {
            if (Text.StartsWithAt(text, start, loc))
            {
                return true;
            }
        }

        return false;
    }

    private bool Valid(string text, int start, int suffixStart, int end, string name, string suffix, EntityKind kind, bool weak)
    {
        var head = text[start..suffixStart];
        // 全省40余家医院: a count of bodies, not one.
        // 多家县级医院, 更多实验室: an unnamed number of bodies; 淄博市和集团: a place and a conjunction are no name;
        // 专业化平台公司: a kind of company.
        if (head.Length < 2 || name.Length > 32 || GenericHeads.Contains(head) || head[0] == '一' || head.EndsWith('家') && head.Any(char.IsAsciiDigit) ||
            head.StartsWith("多家", StringComparison.Ordinal) || head.StartsWith("更多", StringComparison.Ordinal) || head.StartsWith("部分", StringComparison.Ordinal) ||
            PlaceQualifier.LevelWords.Any(l => head.StartsWith(l, StringComparison.Ordinal)) ||
            head[^1] is '和' or '与' or '及' || CountedBodies().IsMatch(head) ||
            suffix == "公司" && head.EndsWith("平台", StringComparison.Ordinal))
        {
            return false;
        }

        // 专题协商会, 座谈会: a meeting, not a chamber of commerce.
        if (name.EndsWith("协商会", StringComparison.Ordinal))
        {
            return false;
        }

        // 让机器人先学会…: learning, not a society.
        if (name.EndsWith("学会", StringComparison.Ordinal) && (start > 0 && text[start - 1] is '让' or '使' or '教' or '帮' or '要' || head[^1] is '先' or '也' or '就' or '都' or '还' or '才' or '已'))
        {
            return false;
        }

        // 国际会展中心, 体育中心: a venue, not a body.
        foreach (var venue in Venues)
        {
            if (name.EndsWith(venue, StringComparison.Ordinal))
            {
                return false;
            }
        }

        // X有限公司检验检测中心: a unit inside a company, not a body of its own.
        var inner = name.IndexOf("公司", StringComparison.Ordinal);
        if (inner >= 0 && inner + 2 < name.Length && !name.EndsWith("公司", StringComparison.Ordinal))
        {
            return false;
        }

        // 机器人研究所实验室 with no place before it: a unit of a body the article named nearby, not a body of its own.
        if (!HasHead(text, start) && UnitWords.Any(u => name.EndsWith(u, StringComparison.Ordinal)) &&
            InnerBodies.Any(b => name.IndexOf(b, StringComparison.Ordinal) is var k && k > 0 && k + b.Length < name.Length - 1))
        {
            return false;
        }

        // 北京大学党委: the party committee of a body named already (a town's 镇党委 is the town's leading body).
        if ((name.EndsWith("党委", StringComparison.Ordinal) && !name.EndsWith("镇党委", StringComparison.Ordinal) && !name.EndsWith("乡党委", StringComparison.Ordinal)) ||
            name.EndsWith("党组", StringComparison.Ordinal))
        {
            return false;
        }

        // 党委常委, 主任委员: a title, not a body.
        foreach (var t in _lexicon.TitlesLongestFirst)
        {
            if (t.Length >= 2 && name.EndsWith(t, StringComparison.Ordinal) && !name.EndsWith("委员会", StringComparison.Ordinal))
            {
                return false;
            }
        }

        foreach (var bad in BadInside)
        {
            if (name.Contains(bad, StringComparison.Ordinal))
            {
                return false;
            }
        }

        if (head.All(c => char.IsDigit(c)) || char.IsDigit(head[0]) && kind == EntityKind.Organization)
        {
            return false;
        }

        if (weak)
        {
            if (suffix is "科技" or "集团" or "股份" or "控股")
            {
                return head.Length is >= 2 and <= 10;
            }

            if (suffix.Length == 1 && head.Length < 3)
            {
                return false;
            }

            // 武夷学院, 淮阴工学院: a college's two- or three-character name after a clean left edge.
            return HasHead(text, start) || suffix is "学院" or "学校" or "联盟" && head.Length >= 4 ||
                   suffix == "学院" && head.Length is 2 or 3 && head.All(Text.IsHan) && !_lexicon.Technologies.Contains(head) &&
                   (start == 0 || !Text.IsHan(text[start - 1]) || StopEndsAt(text, start, suffixStart));
        }

        _ = end;
        return true;
    }
}
