using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Graph.Extraction;

/// <summary>
/// Technologies and industries: seed vocabulary (Data/Lexicon), terms read by their form
/// (…技术, …机器人, …大模型 are technologies; …产业, …经济, …制造业 are industries), and the article's
/// annotation lines when the text also says them.
/// </summary>
public sealed partial class TermRecognizer
{
    [GeneratedRegex(@"\d{2,4}年")]
    private static partial Regex YearIn();

    /// <summary>Heads of capabilities (多模态感知, 运动控制, 故障预警) that need a technique word in their modifier.</summary>
    private static readonly HashSet<string> CapabilityHeads = new(["感知", "控制", "优化", "监测", "预警", "预测", "建模", "数据集", "质检"], StringComparer.Ordinal);

    private static readonly string[] TechHeads = ["感知", "控制", "优化", "监测", "预警", "预测", "建模", "数据集", "质检", "技术", "机器人", "大模型", "模型", "算法", "芯片", "平台", "系统", "智能体", "集群", "传感器", "电机", "模块", "设备", "工艺", "激光器", "雷达", "器件", "模组", "控制器", "装备", "电池", "电芯", "面料", "纤维", "织物", "控制阀", "材料", "机械臂", "引擎", "总成", "轴承", "电堆", "掘进机", "磁钢", "灵巧手", "变流器", "逆变器", "电解槽",
        "减速器", "丝杠", "液压缸", "磁体", "麦克风", "眼镜", "一体机", "流量计", "测量船", "无人船", "服务器", "机床", "播种机", "收割机", "储能柜", "发动机", "涂层", "薄膜", "合金", "晶圆", "镜头",
        "软件", "玻璃", "陶瓷", "电解质", "添加剂", "橡胶", "封装胶", "交换膜", "隔膜", "分离膜", "负极", "正极", "硅烷", "塑料", "盖板", "域控制器", "板材", "型材", "管材", "储氢瓶", "液货舱", "关节", "夹爪", "无人机", "飞行器", "航空器"];
    private static readonly string[] IndustryHeads = ["产业", "经济", "制造业"];

    private static readonly FrozenSet<string> GenericTech = new[]
    {
        "技术", "关键技术", "核心技术", "共性关键技术", "关键共性技术", "共性技术", "前沿技术", "新技术", "相关技术", "先进技术", "关键核心技术", "技术平台", "服务平台", "平台",
        "系统", "模型", "算法", "芯片", "电池", "机器人", "大模型", "重大技术", "公共技术", "分享技术", "AI技术", "信息技术",
        "卡脖子技术", "许可技术", "转让技术", "授权技术", "智能装备", "高端装备", "成套装备", "先进装备", "重大装备", "大型装备", "新材料", "原材料", "动力电池", "锂电池",
        "战略性", "相关设备", "专用设备", "核心设备", "生产设备", "主要设备", "关键设备", "先进工艺", "生产工艺", "核心算法", "软件算法", "关键算法", "先进算法", "搭建技术", "颠覆性技术", "原创性技术", "共性技术", "新兴技术", "新型技术", "先进技术", "前沿科技", "科学技术", "专业技术", "实用技术", "数字技术", "智能技术", "应用平台", "交流平台", "合作平台", "公共平台", "创新平台", "数字平台",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> GenericIndustry = new[]
    {
        "产业", "新兴产业", "战略性新兴产业", "传统产业", "主导产业", "优势产业", "相关产业", "上下游产业", "全产业", "特色产业", "支柱产业",
        "经济", "实体经济", "区域经济", "社会经济", "国民经济", "地方经济", "市场经济", "全省经济", "全市经济", "经济社会", "制造业", "服务业",
        "未来产业", "新产业", "重点产业", "现代产业", "高新产业", "各产业", "该产业", "本产业", "这一产业", "集群产业", "生态产业",
        "核心产业", "多层次产业", "工业产业", "现代化产业", "传统优势产业", "优势特色产业", "特色优势产业", "新兴产业", "现代化", "全区产业", "全市产业", "全省产业", "我省产业", "我市产业",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly string[] EconomyModifiers = ["数字", "低空", "平台", "海洋", "银发", "绿色", "夜间", "共享", "数据", "冰雪", "首店", "循环", "飞地", "总部", "枢纽", "通道", "流量", "创意", "体验"];

    private readonly Lexicon _lexicon;

    /// <summary>The broad vocabulary by first character, longest first, so a sentence is read once, not once per term.</summary>
    private readonly FrozenDictionary<char, string[]> _vocabularyByFirst;

    public TermRecognizer(Lexicon lexicon)
    {
        _lexicon = lexicon;
        _vocabularyByFirst = lexicon.TechnologyVocabulary.GroupBy(t => t[0])
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(t => t.Length).ThenBy(t => t, StringComparer.Ordinal).ToArray());
    }

    public IReadOnlyList<Found> FindTechnologies(string text)
    {
        var found = Find(text, EntityKind.Technology, _lexicon.Technologies, TechHeads, GenericTech).ToList();
        FindVocabulary(text, found);
        FindJoinedTechniques(text, found);
        FindListedTechnologies(text, found);
        FindAnnouncedItems(text, found);
        ProductTerms.FindQuotedProjects(text, found);
        ProductTerms.FindProductLists(text, found);
        return Spans.KeepLongest(found);
    }

    public IReadOnlyList<Found> FindIndustries(string text)
    {
        var found = Find(text, EntityKind.Industry, _lexicon.Industries, IndustryHeads, GenericIndustry).ToList();
        FindListedIndustries(text, found);
        return Spans.KeepLongest(found);
    }

    private static readonly string[] ListedIndustryEnds =
        ["等传统产业", "等重点产业", "等优势产业", "等新兴产业", "等产业集群", "等产业", "等行业", "等传统行业", "等板块", "产业", "行业"];

    /// <summary>Sectors listed before 等产业/等行业 (纺织、汽配等传统产业) are industries even as bare nouns.</summary>
    private static readonly Regex QualifiedListEnd = new(
        @"等(?:[\u4e00-\u9fff]{2}[市省]?)?(?:传统|优势|新兴|特色|重点|主导|支柱|战略性新兴|未来|现代)+(?:产业|行业)", RegexOptions.CultureInvariant);

    private static void FindListedIndustries(string text, List<Found> found)
    {
        // 鞋服、纺织、石材等泉州传统优势产业: a place and qualifiers between 等 and 产业.
        var ends = ListedIndustryEnds.SelectMany(end => Text.Occurrences(text, end).Select(at => (At: at, End: end)))
            .Concat(QualifiedListEnd.Matches(text).Select(m => (At: m.Index, End: m.Value)));
        foreach (var (at, end) in ends.ToList())
        {
            var bare = end is "产业" or "行业";
            if (bare && at + end.Length < text.Length && Text.IsHan(text[at + end.Length]) && !"的和与及等发".Contains(text[at + end.Length]))
            {
                continue;
            }

            var items = ListItems.Before(text, at, 40, Text.IsHan, FirstItemStart);
            if (items.Count < 2 || items.Skip(1).Any(i => i.End - i.Start is < 2 or > 6 || text.AsSpan(i.Start, i.End - i.Start).IndexOfAny("和与及的等地") >= 0))
            {
                continue;
            }

            foreach (var (start, itemEnd) in items)
            {
                var name = text[start..itemEnd];
                if (!GenericIndustry.Contains(name) && !LeadVerbs.Any(v => v.Length >= 2 && name.Contains(v, StringComparison.Ordinal)))
                {
                    found.Add(new Found(EntityKind.Industry, name, start, itemEnd));
                }
            }
        }

        int FirstItemStart(int start, int end) => CleanLeftEdge(text, end, end - start + 1) is var edge && edge >= start && end - edge >= 2 ? edge : -1;
    }

    private IReadOnlyList<Found> Find(string text, EntityKind kind, IReadOnlyList<string> seeds, string[] heads, FrozenSet<string> generic)
    {
        var found = new List<Found>();
        foreach (var seed in seeds)
        {
            for (var i = text.IndexOf(seed, StringComparison.Ordinal); i >= 0; i = text.IndexOf(seed, i + seed.Length, StringComparison.Ordinal))
            {
                var end = i + seed.Length;
                var latin = Text.IsLatinOrDigit(seed[^1]);
                if (latin && ((end < text.Length && Text.IsLatinOrDigit(text[end])) || (i > 0 && Text.IsLatinOrDigit(text[i - 1]))))
                {
                    continue;
                }

                found.Add(new Found(kind, seed, i, end));
            }
        }

        foreach (var head in heads)
        {
            for (var i = text.IndexOf(head, StringComparison.Ordinal); i >= 0; i = text.IndexOf(head, i + head.Length, StringComparison.Ordinal))
            {
                var end = i + head.Length;
                if (head == "经济")
                {
                    var mod = EconomyModifiers.FirstOrDefault(m => Text.EndsWithAt(text, i, m));
                    if (mod is not null)
                    {
                        found.Add(new Found(kind, mod + head, i - mod.Length, end));
                    }

                    continue;
                }

                // 首席技术官, 技术人员, 风电机组: the head is inside another word.
                if (head == "技术" && end < text.Length && "官员人部处司局厅委院所校岗型类开".Contains(text[end]) ||
                    head == "电机" && end < text.Length && text[end] == '组')
                {
                    continue;
                }

                var start = CleanLeftEdge(text, i, kind == EntityKind.Technology ? 10 : 8);
                if (start < 0)
                {
                    // 新一代全自动烹饪机器人: a count or generation may lengthen the modifier beyond the usual reach.
                    // …研发的露天矿无人驾驶运输系统: after a maker's 研发的 the whole noun phrase is the product.
                    var wide = CleanLeftEdge(text, i, 14);
                    if (wide < 0 || !MadeBefore(text, wide) && SkipQuantity(text, wide, i) is var counted && (counted == wide || i - counted > 8))
                    {
                        continue;
                    }

                    start = wide;
                }

                start = ExtendOverNameTag(text, start);

                start = SkipPlaces(text, start, i);
                start = SkipQuantity(text, start, i);
                var term = text[start..end];
                var modifier = text[start..i];
                // A platform or a system is a technology only when its modifier says what technique it runs (工业视觉检测平台).
                if ((head is "平台" or "系统" or "集群" or "模块" or "设备" or "器件" or "模组" or "控制器" or "装备" or "材料" or "引擎" or "模型" || CapabilityHeads.Contains(head)) &&
                    !TechMarkers.Any(m => modifier.Contains(m, StringComparison.Ordinal)) && !MadeBefore(text, start) && !MadeAfter(text, end) ||
                    modifier.EndsWith("产业", StringComparison.Ordinal))
                {
                    continue;
                }

                // 到2027年产业…: a modifier holding a year is a sentence, not a name.
                if (IsPlaceOnly(modifier) || modifier.EndsWith('全') && !modifier.EndsWith("安全", StringComparison.Ordinal) || YearIn().IsMatch(modifier) ||
                    text.AsSpan(start, end - start + Math.Min(2, text.Length - end)).Contains("全产业", StringComparison.Ordinal) ||
                    _lexicon.TitlesLongestFirst.Any(t => t.Length >= 2 && modifier.Contains(t, StringComparison.Ordinal)) ||
                    // After a maker's 研发的 the phrase is a product's name (化工园区安全风险智能监测系统) whatever words it holds.
                    !MadeBefore(text, start) && BadInModifier.Any(b => modifier.Contains(b, StringComparison.Ordinal)) ||
                    modifier.Length > 7 && LongModifierStops.Any(b => modifier.Contains(b, StringComparison.Ordinal)) ||
                    LeadVerbs.Concat(TrailingVerbs).Any(v => v.Length >= 2 && modifier.Contains(v, StringComparison.Ordinal)))
                {
                    continue;
                }

                if (i - start >= 2 && !generic.Contains(term) && !generic.Contains(text[start..i]) && !IsFunctionLike(text[start..i]) &&
                    !text[start..i].Contains("企业", StringComparison.Ordinal) && !text[start..i].Contains("政府", StringComparison.Ordinal))
                {
                    found.Add(new Found(kind, term, start, end));
                }
            }
        }

        return Spans.KeepLongest(found);
    }

    private static readonly string[] TechMarkers =
    [
        "智能", "数字", "AI", "算力", "功率", "MEMS", "激光", "光电", "半导体", "车规", "精密", "自动化", "关节", "硅光", "集成", "量子", "算法", "数据", "视觉", "检测", "调度", "工业", "模型", "孪生", "云", "感知", "识别", "自动", "无人", "机器人",
        "芯片", "量子", "区块链", "物联", "互联网", "5G", "计算", "仿真", "控制", "传感", "语音", "图像", "视频", "导航", "遥感", "生成", "智算",
        "探测", "纤维", "正极", "负极", "电池", "复合", "纳米", "石墨烯", "稀土", "磁", "光学", "功能", "高端", "农机", "编织", "储能",
        "液压", "气动", "伺服", "电液", "数控", "热管理", "诊断", "分拣", "监测", "预警", "运维", "解译", "驱动", "焊接", "影像", "电控", "制动", "液冷", "散热",
        "智慧", "低空", "飞行", "助航", "预测", "预报", "决策", "定位", "通信", "网联", "监管", "标注", "训练", "多模态",
    ];

    /// <summary>Where a quoted name of at most ten characters that ends right before <paramref name="start"/> opens; -1 when there is none.</summary>
    internal static int QuoteBefore(string text, int start)
    {
        if (start < 1 || text[start - 1] != '”')
        {
            return -1;
        }

        var open = text.LastIndexOf('“', start - 1);
        return open >= 0 && start - 1 - open <= 10 ? open : -1;
    }

    /// <summary>
    /// A model or product name written before the term, in Latin letters (GuanLan-2多模态大模型) or in quotes
    /// (“星语”语音大模型), belongs to it.
    /// </summary>
    private static int ExtendOverNameTag(string text, int start)
    {
        var open = QuoteBefore(text, start);
        if (open >= 0 && start - 1 - open >= 2 && !text.AsSpan(open + 1, start - 2 - open).ContainsAnyInRange('0', '9'))
        {
            return open;
        }

        var i = start;
        while (i > 0 && start - i < 20 && (Text.IsLatinOrDigit(text[i - 1]) || text[i - 1] is '-' or '.' or '·'))
        {
            i--;
        }

        return i < start && text.AsSpan(i, start - i).ContainsAnyInRange('A', 'z') ? i : start;
    }

    private static readonly string[] BadInModifier =
        ["人员", "人才", "我们", "工作", "正在", "正教", "已经", "让", "使", "帮", "给", "就", "一批", "一系列", "多项", "多个", "一些", "第一", "支柱", "世界级", "千亿级", "万亿级", "百亿级", "公司", "集团", "年产", "哪些", "什么", "怎样", "如何", "一手抓", "两手抓", "工业园", "产业园", "园区", "基地", "学校", "学生", "来自", "输送", "更多", "素质", "传统"];

    /// <summary>
    /// Words that show a long modifier is a clause, not a name (入选项目覆盖高端装备, 新建新能源汽车驱动电机); short
    /// modifiers rarely reach them.
    /// </summary>
    private static readonly string[] LongModifierStops =
        ["新建", "连接", "覆盖", "设置", "入选", "项目", "本届", "举办", "介绍", "表示", "带来", "成为", "进行", "提升", "用于", "平台", "系统", "技术", "大模型", "全国", "全省", "全市"];

    private static readonly string[] MadeMarks = ["研发的", "研制的", "推出的", "开发的", "生产的", "制造的", "自研的"];

    /// <summary>
    /// The term follows a maker's 研发的/研制的/推出的, or a launch verb with a quoted brand (推出了“黔擎”…): it names a
    /// product whatever its head.
    /// </summary>
    private static bool MadeBefore(string text, int start)
    {
        if (QuoteBefore(text, start) is var open and >= 0)
        {
            start = open;
        }

        return MadeMarks.Any(m => Text.EndsWithAt(text, start, m)) || LaunchVerbs.Any(m => Text.EndsWithAt(text, start, m));
    }

    private static readonly string[] LaunchVerbs = ["推出了", "推出", "发布了", "发布", "研制出", "研发出"];

    /// <summary>…碳化硅电控平台的研制: a term whose own research is spoken of names a product whatever its head.</summary>
    private static bool MadeAfter(string text, int end) => Text.StartsWithAt(text, end, "的研制") || Text.StartsWithAt(text, end, "的研发");

    private static bool IsTermChar(char c) => Text.IsHan(c) || Text.IsLatinOrDigit(c) || c is '+' or '-';

    private bool IsPlaceOnly(string s)
    {
        foreach (var p in PlacePrefixes)
        {
            if (s == p)
            {
                return true;
            }
        }

        foreach (var suf in new[] { "", "省", "市", "区", "县" })
        {
            if (s.Length > suf.Length && s.EndsWith(suf, StringComparison.Ordinal) && _lexicon.Locations.ContainsKey(s[..^suf.Length]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A modifier that starts with a number (3台…) is a count, not a name; 3D, 5G are names.</summary>
    private static bool IsFunctionLike(string head) =>
        head.Length == 0 || char.IsDigit(head[0]) && !(head.Length > 1 && char.IsAsciiLetter(head[1])) || head.Contains('"');

    /// <summary>Words before a term that leave its left edge clean (研发X技术, 发展X产业).</summary>
    private static readonly string[] LeadVerbs =
    [
        "研发", "打造", "了解", "察看", "展示", "运用", "应用", "推动", "发展", "建设", "布局", "聚焦", "围绕", "攻关", "突破", "壮大", "培育",
        "推进", "加快", "深耕", "专注", "从事", "主营", "自研", "内置", "搭载", "攻克", "调试", "代理", "组装", "安装", "维修", "操作", "看到", "签署", "签订", "签约", "懂", "支持", "鼓励", "接入", "提供", "推出", "发布", "开发", "生产", "引进", "带动", "做强", "包括", "涵盖", "以及", "在", "和",
        "通过", "调研", "体验", "建成", "拥有", "实现", "参与", "发挥", "使用", "利用", "依托", "加强", "探索", "开展", "集聚", "聚集", "领域", "形成",
        "走进", "来到", "参观", "考察", "察看", "打通", "构建", "完善", "赋能", "搭建", "共建", "建立", "组建", "研制", "部署", "上线", "量产", "制造", "销售", "供应", "交付",
        "投产", "采用", "配备", "配套", "改造", "落地", "紧盯", "对接", "下游", "上游", "切入", "主攻", "过去", "那时候", "凭借", "举办", "未来", "首条", "首台", "装备", "展出", "亮相", "展示了", "推出了", "发布了", "研发了", "打造了", "自主研发", "融合", "结合", "用好", "抢占", "抓住", "瞄准", "面向", "服务", "助力", "支撑", "拓展", "深化", "汇聚",
        "与", "及", "等", "的", "是", "为", "了", "将", "把", "对", "向", "从", "于", "由", "暨", "或", "即", "如", "其", "跟", "则", "到", "获", "还", "掌握", "研究", "具备", "旗下", "孵化出", "决定", "戴上", "开通", "试点", "拿起", "引入", "提出", "称", "计划", "培养", "这批", "这款", "这套", "依靠", "根据", "比同", "希望", "询问", "觉得", "共话", "共商", "厚植", "扎根", "事关", "制约", "承接", "视察", "来自", "进入", "看家", "走访", "部分", "这些", "目前", "再用", "延伸", "借助", "推广", "各类", "而", "做", "设立", "当好", "换",
    ];

    private static readonly string[] PlacePrefixes = ["全省", "全市", "全区", "全县", "全国", "我省", "我市", "我区", "本地", "当地", "省内", "市内", "城区", "全域", "西部", "东部", "中部", "北部", "南部"];

    /// <summary>The start of a term ending at <paramref name="pos"/> when its left edge is clean (punctuation or a lead word); -1 otherwise.</summary>
    private static int CleanLeftEdge(string text, int pos, int max, bool listItem = false)
    {
        // A term read by its head cannot end in a verb; a listed item (数据融合、故障建模等技术) may.
        if (!listItem && Text.EndsWithAnyAt(text, pos, LeadVerbs.Concat(TrailingVerbs)))
        {
            return -1;
        }

        var latin = 0;
        for (var i = pos - 1; i >= 0 && pos - i - latin <= max; i--)
        {
            var c = text[i];
            if (Text.IsLatinOrDigit(c) || c is '-' or '.')
            {
                latin++;
            }

            if (!(Text.IsHan(c) || Text.IsLatinOrDigit(c) || c is '+' or '-'))
            {
                return i + 1;
            }

            foreach (var v in LeadVerbs)
            {
                if (Text.EndsWithAt(text, i + 1, v) && !(v.Length == 1 && InsideWord(text, i, pos)) && !(listItem && (i + 1 == pos || v is "和" or "与" or "及")))
                {
                    return pos - (i + 1) >= 2 ? i + 1 : -1;
                }
            }

            // In a listed item 和/及 join two items (A、B和C), the caller splits them.
            if (c is '和' or '与' or '及' && !listItem || c is '的' or '是' or '又' or '也' or '厅' or '局' or '委' or '司' or '院' or '所' ||
                c is '在' or '有' or '等' && (c != '有' || i + 1 < pos) && !InsideWord(text, i, pos))
            {
                return pos - (i + 1) >= 2 ? i + 1 : -1;
            }
        }

        return -1;
    }

    /// <summary>七自由度, 在线检测, 有机, 有色, 等静压, 等离子: words inside a term whose characters are stop words on their own.</summary>
    private static readonly string[] WordsOfStopChars = ["自由", "在线", "有机", "有色", "等静压", "等离子"];

    /// <summary>The stop character at <paramref name="i"/> is half of such a word within the term ending at <paramref name="pos"/>.</summary>
    private static bool InsideWord(string text, int i, int pos) =>
        WordsOfStopChars.Any(w => i + 1 < pos && Text.StartsWithAt(text, i, w) || i > 0 && Text.StartsWithAt(text, i - 1, w));

    /// <summary>Verbs that cannot end the modifier of a term (促进产业, 结合产业).</summary>
    private static readonly string[] TrailingVerbs =
    [
        "助推", "推进", "促进", "结合", "细化", "梳理出", "着眼", "完善", "引领", "立足", "明晰", "具备", "找准", "制定", "出台", "分享", "守住", "观看", "围绕",
        "重大", "公共", "相关", "有关", "新", "各方", "共同", "努力", "不断", "进一步", "持续", "大力", "积极",
    ];

    private static readonly Regex Quantity = new(
        @"\G(?:(?:今年|去年|明年)?(?:[一二三四]季度|前三季度|上半年|下半年)|这款|这种|这项|这类|这套|这台|该款|此款|多家|一家|更多|国内|省内|用(?!户)|新一代|下一代|新一轮|第[一二三四五六七八九十\d]+代|一([台款种类套批个件架颗辆排])\1|[一二两三四五六七八九十百千万数多几首\d]+[余多]?[台款种类套项批个件架颗代辆条枚座只]|[一二两三四五六七八九十\d]+自由度)",
        RegexOptions.CultureInvariant);

    /// <summary>一台台超快激光器, 多款水下机器人, 新一代协作机器人: a count or generation before a term is not part of it.</summary>
    private static int SkipQuantity(string text, int start, int pos)
    {
        // What is left may be too short to be a term (这款机器人): the caller then drops it.
        var m = Quantity.Match(text, start, pos - start);
        return m.Success ? start + m.Length : start;
    }

    private int SkipPlaces(string text, int start, int pos)
    {
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var p in PlacePrefixes.Concat(_lexicon.LocationsLongestFirst))
            {
                if (Text.StartsWithAt(text, start, p) && pos - start - p.Length >= 2)
                {
                    start += p.Length;
                    foreach (var suf in new[] { "省", "市" })
                    {
                        if (Text.StartsWithAt(text, start, suf) && pos - start - 1 >= 2)
                        {
                            start++;
                        }
                    }

                    changed = true;
                    break;
                }
            }

            // 长垣市超硬材料产业: a county-level place the lists lack, two characters and 市/县/区 (not 城市, 园区).
            if (!changed && pos - start - 3 >= 2 && Text.IsHan(text[start]) && Text.IsHan(text[start + 1]) && text[start + 2] is '市' or '县' or '区' &&
                !"城园社景校厂港片新老".Contains(text[start + 1]))
            {
                start += 3;
                changed = true;
            }
        }

        return start;
    }

}
