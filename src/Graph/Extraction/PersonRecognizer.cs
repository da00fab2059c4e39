using System.Collections.Frozen;
namespace Graph.Extraction;

/// <summary>A person with the titles written before (or right after) the name, and the organization a title belongs to.</summary>
public sealed record FoundPerson(string Name, int Start, int End, IReadOnlyList<string> Titles, IReadOnlyList<(string Title, Found Org)> Positions);

/// <summary>
/// People by the genre's formula: a title chain, then a surname and one or two given-name characters
/// (省委副书记、省长黄强; 董事长、总经理张丽; 记者 李淼), names listed after one chain (王雁飞、罗强),
/// and bylines in the closing parenthesis (（记者 刘侠 实习生 郑好）).
/// </summary>
public sealed partial class PersonRecognizer
{
    /// <summary>Characters that, right after a two-character name, start the next word rather than a third name character.</summary>
    private const string AfterName = "围告当任兼谈答获被到在来赴等参陪出主表指介说一同会率带听调考察走先首还也就对与和及作致讲宣发代为是的了并现以从向将已曾又则均都分深实详仔认看视接亲专前赶希充高感肯鼓要共先后称透坦";

    /// <summary>Words that look like surname + given name after a title but are not names.</summary>
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "单位", "期间", "任期", "人员", "高度", "全面", "方面", "明确", "成员", "向前", "单位的", "林业", "江河", "金融", "时间", "华为", "齐聚", "齐全", "高效", "高端", "高质量", "解释", "解决", "解读", "解答",
    };

    private static readonly string[] CommonWords = ["企业", "单位", "部门", "群众", "代表", "干部", "职工", "专家", "学者", "人员", "委员", "领导", "嘉宾", "师生", "同学", "居民"];

    /// <summary>委员和企业代表: a "given name" that is a common noun (和企业) makes no name.</summary>
    private static bool CommonWordTail(string name) => name.Length == 3 && CommonWords.Contains(name[1..]);

    private static readonly string[] PrefixesOfTitle = ["常务副", "副", "首席", "执行", "名誉", "荣誉", "原", "前", "代理"];

    /// <summary>Byline words that are not names (摄影报道, 供图, 通讯员).</summary>
    private static readonly string[] NotBylineNames = ["报道", "供图", "摄影", "记者", "通讯", "编辑", "实习", "整理", "综合", "来源"];

    private static readonly string[] BodyWords = ["省委", "市委", "区委", "县委", "州委", "省政府", "市政府", "区政府", "县政府", "省人大", "市人大", "省政协", "市政协"];

    private static readonly string[] BylineTitles = ["记者", "通讯员", "摄影", "特约摄影", "实习生", "编辑", "责任编辑", "审核", "摄"];

    private readonly Lexicon _lexicon;

    public PersonRecognizer(Lexicon lexicon) => _lexicon = lexicon;

    public IReadOnlyList<FoundPerson> Find(string text, IReadOnlyList<Found> orgs)
    {
        var found = new List<FoundPerson>();
        var taken = new bool[text.Length + 1];
        foreach (var title in _lexicon.TitlesLongestFirst)
        {
            for (var i = text.IndexOf(title, StringComparison.Ordinal); i >= 0; i = text.IndexOf(title, i + 1, StringComparison.Ordinal))
            {
                var end = i + title.Length;
                if (taken[end])
                {
                    continue;
                }

                var nameStart = end;
                var byline = BylineTitles.Contains(title);
                // 审核：X is a byline; 审核修正 is a verb.
                if (title == "审核" && (end >= text.Length || text[end] != ':'))
                {
                    continue;
                }

                // 记者 王五, 编辑：李四: a byline title may be followed by spaces, an editor's also by a colon (记者： opens a question).
                while (byline && nameStart < text.Length && (text[nameStart] == ' ' || text[nameStart] == ':' && (title.EndsWith("编辑", StringComparison.Ordinal) || title == "审核")))
                {
                    nameStart++;
                }

                var len = NameLength(text, nameStart);
                if (len == 0)
                {
                    continue;
                }

                taken[end] = true;
                var chain = TitleChain(text, end, orgs);
                AddPerson(found, text, nameStart, len, chain);

                // （记者 韦某某 黄某某）: more names after a byline title share it.
                var more = nameStart + len;
                while (byline && more + 1 < text.Length && text[more] == ' ')
                {
                    var l3 = NameLength(text, more + 1);
                    if (l3 == 0 || more + 1 + l3 < text.Length && Text.IsHan(text[more + 1 + l3]))
                    {
                        break;
                    }

                    AddPerson(found, text, more + 1, l3, chain);
                    more += 1 + l3;
                }

                // Names listed after the same chain: 王雁飞、罗强参加
                var next = nameStart + len;
                while (next + 1 < text.Length && text[next] == '、')
                {
                    var l2 = NameLength(text, next + 1);
                    if (l2 == 0 || StartsWithTitle(text, next + 1 + l2) || next + 1 + l2 < text.Length && text[next + 1 + l2] is '、' && StartsWithTitle(text, next + 2 + l2))
                    {
                        break;
                    }

                    AddPerson(found, text, next + 1, l2, chain);
                    next = next + 1 + l2;
                }
            }
        }

        FindWithTitleAfter(text, orgs, found);
        FindBeforeScholarTitle(text, orgs, found);
        FindElected(text, found);
        FindUnderCollectiveLead(text, found);
        FindBylines(text, found);
        FindBackReferences(text, found);
        return found;
    }


    /// <summary>
    /// 黄省长, 郝书记一行: a surname and a title the article gave a named person stand for that person (no new person,
    /// no new title); an ambiguous one (two people with that surname and title) is left alone.
    /// </summary>
    private void FindBackReferences(string text, List<FoundPerson> found)
    {
        var named = found.GroupBy(p => p.Name, StringComparer.Ordinal).Select(g => g.First()).ToList();
        var refs = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var p in named)
        {
            var surname = _lexicon.CompoundSurnames.Contains(p.Name[..Math.Min(2, p.Name.Length)]) && p.Name.Length > 2 ? p.Name[..2] : p.Name[..1];
            foreach (var t in p.Titles)
            {
                var bare = t.TrimStart('副');
                foreach (var form in new[] { surname + t, surname + bare })
                {
                    (refs.TryGetValue(form, out var l) ? l : refs[form] = []).Add(p.Name);
                }
            }
        }

        foreach (var (form, names) in refs)
        {
            var who = names.Distinct(StringComparer.Ordinal).ToList();
            if (who.Count != 1 || form.Length < 3)
            {
                continue;
            }

            for (var i = text.IndexOf(form, StringComparison.Ordinal); i >= 0; i = text.IndexOf(form, i + form.Length, StringComparison.Ordinal))
            {
                // Not the inside of a longer name (黄省长 inside 副省长黄省...)
                if (i > 0 && Text.IsHan(text[i - 1]) && !EndsAName(text, i) && text[i - 1] is not ('、' or '和' or '与' or '及'))
                {
                    var prevIsTitle = _lexicon.TitlesLongestFirst.Any(t => Text.EndsWithAt(text, i, t));
                    if (prevIsTitle)
                    {
                        continue;
                    }
                }

                if (!found.Any(f => f.Start <= i && i < f.End))
                {
                    found.Add(new FoundPerson(who[0], i, i + form.Length, [], []));
                }
            }
        }
    }

    private void AddPerson(List<FoundPerson> found, string text, int start, int len, (List<string> Titles, List<(string, Found)> Positions) chain)
    {
        var name = text.Substring(start, len);
        var titles = new List<string>(chain.Titles);
        // Title written after the name: 王杨教授, 张泽民院士
        foreach (var t in new[] { "教授", "院士", "研究员", "博士", "同志" })
        {
            if (Text.StartsWithAt(text, start + len, t) && t != "同志" && t != "博士")
            {
                titles.Add(t);
            }
        }

        found.Add(new FoundPerson(name, start, start + len, titles, chain.Positions));
    }

    private bool StartsWithTitle(string text, int at)
    {
        foreach (var p in PrefixesOfTitle)
        {
            if (Text.StartsWithAt(text, at, p))
            {
                at += p.Length;
                break;
            }
        }

        return Text.StartsWithAnyAt(text, at, _lexicon.TitlesLongestFirst);
    }

    /// <summary>Length of a personal name starting at <paramref name="at"/> (2–4, or a dotted name such as 艾力·买买提), or 0.</summary>
    private int NameLength(string text, int at)
    {
        var dotted = DottedNameLength(text, at);
        if (dotted > 0)
        {
            return dotted;
        }

        if (at + 2 > text.Length)
        {
            return 0;
        }

        // 桑杰才让, 索朗旺堆: four characters of transliterated names are one name even when the first is also a surname.
        var fourCharacter = FourCharacterName(text, at);
        if (fourCharacter > 0)
        {
            return fourCharacter;
        }

        var surname = 0;
        if (at + 3 <= text.Length && _lexicon.CompoundSurnames.Contains(text.Substring(at, 2)))
        {
            surname = 2;
        }
        else if (_lexicon.SingleSurnames.Contains(text.Substring(at, 1)))
        {
            surname = 1;
        }

        if (surname == 0)
        {
            return ThreeCharacterName(text, at);
        }

        // 秘书长孙晓岚: the 长 of a title is not the start of the compound surname 长孙.
        if (surname == 2 && text[at] == '长' && LongestTitleSuffix(text, Math.Max(0, at - 7), at + 1) is not null)
        {
            return 0;
        }

        var g1 = at + surname;
        // In a byline (记者 田为）) a two-character name ends at the punctuation whatever its second character.
        var endsAfterG1 = at > 0 && text[at - 1] == ' ' && (g1 + 1 >= text.Length || !Text.IsHan(text[g1 + 1]));
        // 代表和市人大代表: 市/省/县/区 after a surname-like character start a body, not a given name.
        if (g1 >= text.Length || !Text.IsHan(text[g1]) || text[g1] is '市' or '省' or '县' or '区' ||
            AfterName.Contains(text[g1]) && surname == 1 && !IsGivenOk(text, g1) && !endsAfterG1)
        {
            return 0;
        }

        var g2 = g1 + 1;
        var len = surname + 1;
        // 副省长顾清和，: a third character that usually follows a name (和) still ends one when punctuation follows it.
        if (g2 < text.Length && Text.IsHan(text[g2]) && (!AfterName.Contains(text[g2]) || g2 + 1 < text.Length && text[g2 + 1] is ',' or '、' or '。' or ';') &&
            !StartsWithTitle(text, g2) && !EndsAName(text, g2))
        {
            len++;
        }

        // The character after the name must end the name (punctuation, a function word, a verb start).
        var after = at + len;
        if (after < text.Length && Text.IsHan(text[after]) && !AfterName.Contains(text[after]) && !StartsWithTitle(text, after) && !EndsAName(text, after))
        {
            return 0;
        }

        var name = text.Substring(at, len);
        // 由该校教授X: a demonstrative is no part of a name.
        return _lexicon.Titles.Contains(name) || name.EndsWith('们') || name.Contains('该') || NotNames.Contains(name) || CommonWordTail(name) ? 0 : len;
    }

    /// <summary>
    /// Characters of Tibetan, Uyghur and Mongolian personal names as transliterated in Chinese (public usage:
    /// 扎西, 次仁, 平措, 多吉, 卓玛, 格桑, 买买提, 古丽, 巴特尔 ...). A four-character name must be made of them.
    /// </summary>
    private static readonly FrozenSet<char> TransliterationChars =
        ("扎西平措次仁多吉索朗旺堆尼玛卓嘎格桑德拉巴顿珠央金曲珍白达娃强洛贡布阿才让琼其美杰边穷仓决瓦普赤列热帕买提艾力吐尔逊古丽依努木汗江别克特额敦苏日娜乌兰图雅宝音那塔斯哈孜热合曼阿布都艾则孜不肯米沙牙亚麦迪加玉素甫拜吾库尕衣山" +
         "旦增宗姆罗欧毛琴勒根楚萨鲁包高").ToFrozenSet();

    /// <summary>
    /// 扎西平措, 桑杰才让: four characters of transliterated names (the first may also be a surname), ending at
    /// punctuation or before a word that follows names (主持, 表示…) — the shape of Tibetan and other transliterated
    /// names after a title.
    /// </summary>
    private int FourCharacterName(string text, int at) => TransliteratedName(text, at, 4);

    /// <summary>其木格: three characters of transliterated names, the first no common surname, ending like a name.</summary>
    private int ThreeCharacterName(string text, int at) =>
        at < text.Length && _lexicon.SingleSurnames.Contains(text[at].ToString()) ? 0 : TransliteratedName(text, at, 3);

    private int TransliteratedName(string text, int at, int length)
    {
        if (at + length > text.Length || !Enumerable.Range(at, length).All(k => TransliterationChars.Contains(text[k])))
        {
            return 0;
        }

        var after = at + length;
        var ends = after >= text.Length || !Text.IsHan(text[after]) || EndsAName(text, after);
        return ends && !StartsWithTitle(text, at) && !_lexicon.Locations.ContainsKey(text.Substring(at, 2)) ? length : 0;
    }

    /// <summary>艾力·买买提: two runs of two to five Han characters (up to seven in transliteration characters) joined by a middle dot.</summary>
    private static int DottedNameLength(string text, int at)
    {
        var i = at;
        while (i < text.Length && i - at < 5 && Text.IsHan(text[i]))
        {
            i++;
        }

        if (i - at < 2 || i >= text.Length || text[i] is not ('·' or '•' or '‧'))
        {
            return 0;
        }

        var j = i + 1;
        // Past its first two characters the run continues only over characters of transliterations (阿不都热依木; 艾山 then 等 stops).
        while (j < text.Length && (j - i - 1 < 2 || j - i - 1 < 7 && TransliterationChars.Contains(text[j])) && Text.IsHan(text[j]) && !(j - i - 1 >= 2 && EndsAName(text, j)))
        {
            j++;
        }

        return j - i - 1 >= 2 ? j - at : 0;
    }

    private static bool IsGivenOk(string text, int g1) => g1 + 1 < text.Length && Text.IsHan(text[g1 + 1]) && !AfterName.Contains(text[g1 + 1]);

    /// <summary>Words that commonly follow a name: 一行, 同志, 教授, verbs of speaking, attending and watching.</summary>
    private static readonly string[] NameEnders =
    [
        "一行", "同志", "教授", "院士", "研究员", "博士", "书记", "省长", "市长", "主任", "强调", "指出", "表示", "认为", "介绍", "说", "率队", "带队", "致辞", "讲话", "主持", "出席", "参加", "陪同", "会见", "调研", "考察", "听取", "看望", "希望", "感谢", "肯定", "鼓励", "要求", "通报", "宣布", "宣读", "报告", "解读", "回顾", "总结", "围绕", "分享", "发表", "带来", "结合", "告诉", "当选", "担任", "兼任", "提出", "透露", "回答", "谈到", "获得", "荣获", "说道", "坦言", "现场", "正在",
        "观看", "观摩", "演示", "参观", "视察", "体验", "了解", "座谈", "发布", "演讲", "点评", "颁奖", "揭牌", "签约", "签署", "见证", "进行", "走进",
        "来到", "前往", "实地", "主讲", "代表", "展示", "详细", "认真", "仔细", "听", "向", "为",
        "推介", "推动", "推进", "逐一", "签订", "经常", "多次", "一直", "随后", "专程", "特别", "率领", "作为", "以及", "等人", "拿起", "接受", "手持", "评价", "关于", "今年", "出任", "通过", "询问", "牵头", "共同", "补充", "建议", "笑着", "团队", "汇报", "登台"
    ];

    private static bool EndsAName(string text, int at) => Text.StartsWithAnyAt(text, at, NameEnders);

    /// <summary>Titles of the chain that ends at <paramref name="end"/>, and the organizations they are held in.</summary>
    private (List<string> Titles, List<(string, Found)> Positions) TitleChain(string text, int end, IReadOnlyList<Found> orgs)
    {
        var titles = new List<string>();
        var positions = new List<(string, Found)>();
        var pieceEnd = end;
        while (pieceEnd > 0)
        {
            var pieceStart = pieceEnd;
            while (pieceStart > 0 && text[pieceStart - 1] is not ('、' or ',' or '。' or ';' or ':' or '(' or ')' or '\n' or '!' or '?' or ' ' or '“' or '”'))
            {
                pieceStart--;
            }

            var title = LongestTitleSuffix(text, pieceStart, pieceEnd);
            if (title is null)
            {
                break;
            }

            // 省委副书记, 市政府秘书长: a bare body word before the title is part of the title as written.
            var piece = text[pieceStart..pieceEnd];
            foreach (var body in BodyWords)
            {
                if (piece == body + title)
                {
                    title = piece;
                    break;
                }
            }

            titles.Insert(0, title);
            var titleStart = pieceEnd - title.Length;
            var org = orgs.LastOrDefault(o => o.End <= titleStart && o.Start >= pieceStart);
            if (org is not null)
            {
                positions.Add((title, org));
            }

            // 董事长兼总经理, 党委书记兼局长: titles joined by 兼 in one piece.
            var inner = titleStart;
            while (inner - 1 > pieceStart && text[inner - 1] == '兼')
            {
                var joined = LongestTitleSuffix(text, pieceStart, inner - 1);
                if (joined is null)
                {
                    break;
                }

                titles.Insert(0, joined);
                inner = inner - 1 - joined.Length;
                var joinedOrg = orgs.LastOrDefault(o => o.End <= inner && o.Start >= pieceStart);
                if (joinedOrg is not null)
                {
                    positions.Add((joined, joinedOrg));
                }
            }

            // Another title before this one in the same piece (党委常委、副校长 handled by 、; 党委书记兼局长 here).
            if (pieceStart == 0 || text[pieceStart - 1] != '、')
            {
                break;
            }

            pieceEnd = pieceStart - 1;
        }

        return (titles, positions);
    }

    private string? LongestTitleSuffix(string text, int start, int end)
    {
        foreach (var t in _lexicon.TitlesLongestFirst)
        {
            if (end - start >= t.Length && Text.EndsWithAt(text, end, t))
            {
                var s = end - t.Length;
                foreach (var p in PrefixesOfTitle)
                {
                    if (s - p.Length >= start && Text.EndsWithAt(text, s, p))
                    {
                        return p + t;
                    }
                }

                return t;
            }
        }

        return null;
    }

    /// <summary>Bylines: names separated by spaces inside the closing parenthesis (（川观新闻 张三 李四 记者 王五）).</summary>
    private void FindBylines(string text, List<FoundPerson> found)
    {
        for (var open = text.IndexOf('('); open >= 0; open = text.IndexOf('(', open + 1))
        {
            var close = text.IndexOf(')', open);
            if (close < 0 || close - open > 60)
            {
                continue;
            }

            var inside = text[(open + 1)..close];
            if (!BylineTitles.Any(t => inside.Contains(t, StringComparison.Ordinal)))
            {
                continue;
            }

            // Right after a byline title (记者 阿依努尔) any short Han token is a name, whatever its first character;
            // elsewhere in the byline a name needs a common surname.
            var pos = open + 1;
            string? title = null;
            foreach (var token in inside.Split(' '))
            {
                var endsWithTitle = BylineTitles.FirstOrDefault(t => token.EndsWith(t, StringComparison.Ordinal));
                var hasSurname = token.Length > 0 && (_lexicon.SingleSurnames.Contains(token[..1]) || _lexicon.CompoundSurnames.Contains(token[..Math.Min(2, token.Length)]));
                if (endsWithTitle is not null)
                {
                    title = endsWithTitle;
                }
                else if (token.Length is >= 2 and <= 4 && token.All(Text.IsHan) && (title is "记者" or "摄影" or "摄影记者" || hasSurname && token.Length <= 3) &&
                         !_lexicon.Titles.Contains(token) && !NotBylineNames.Any(w => token.Contains(w, StringComparison.Ordinal)))
                {
                    if (!found.Any(f => f.Start == pos))
                    {
                        found.Add(new FoundPerson(token, pos, pos + token.Length, title is null ? [] : [title], []));
                    }
                }
                else
                {
                    title = null;
                }

                pos += token.Length + 1;
            }
        }
    }
}
