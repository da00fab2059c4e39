using System.Text.RegularExpressions;
using Graph.Model;

namespace Graph.Extraction;

/// <summary>
/// Who develops which technology, read sentence by sentence. For each term, in this order: the maker written before
/// 研发的/研制的/推出的 (or after 由 with 提供, or the body a part 来自); the sentence's subject when it is a bare kind noun
/// naming a body said before (该中心…, 联合研发中心将…, after a scene-setting clause such as 揭牌仪式上，), or the
/// subject of the part before a semicolon that it goes on from (…；与X共同研制Y); a body followed by 由; the nearest
/// organization in the term's clause, the body the sentence opens with, the nearest before the term; one after it in
/// the same stretch (not where it is used: 已在X试用); or, with none in the sentence, the body the previous sentences
/// are about through a specific back-reference (该公司, 其; 公司 in the words of a person whose title named the company;
/// 我们 in an interview; 模型具备… after its maker), or the company of the paragraph when the sentence says something is
/// made. Then: the parties of an agreement for 双方…联合开发, paired lists, joint research partners and co-builders of a
/// lab, counted parties (三方共同研发), joint makers of a completed project, list subjects of a develop verb; users
/// (采用X公司开发的Y, 引进), served fields, stated needs (提出X需求), topics of a talk (作题为《…》) and signing partners are
/// left out, but a technique the subject's own project adopts (项目将采用A和B技术) is its own.
/// </summary>
internal static partial class DevelopsReader
{
    /// <summary>Fields so broad that nearly every article names them.</summary>
    private static readonly HashSet<string> Umbrella = new(StringComparer.Ordinal)
    {
        "人工智能", "AI", "大数据", "大模型", "算力", "云计算", "物联网", "5G", "数字经济", "人工智能产业", "大数据产业", "数据产业", "数字化", "智能化", "信息化",
    };

    private static readonly string[] DevelopCues =
    [
        "研发", "打造", "推出", "突破", "攻关", "生产", "提供", "运用", "开发", "专注", "深耕", "自主", "核心技术", "产品", "演示", "展示", "研制", "制造",
        "技术", "平台", "项目", "成果", "落地", "推进", "首创", "领先", "前列", "布局", "建设", "研究", "服务", "主营", "主打", "主要产品", "下线", "自研", "察看", "调试", "试飞", "发布", "具备", "主攻", "攻克", "搭载", "掌握", "聚焦", "采用",
    ];

    /// <summary>How a part after a semicolon opens when it goes on with the subject before (与X共同…, 并…, 二是…).</summary>
    private static readonly string[] ContinuationOpeners = ["与", "同", "并", "还", "将", "联合", "二是", "三是", "四是", "五是", "第二", "第三", "第四", "其二", "其三"];

    /// <summary>Verbs that say a body makes something, strong enough to give a sentence without a body to the paragraph's.</summary>
    private static readonly string[] TopicCues = ["研发", "研制", "开发", "攻克", "攻关", "自主", "自研", "推出", "搭载", "突破", "掌握", "集成", "内置", "演示", "展示", "展出", "量产", "下线"];

    /// <summary>An official's advice (要在…上加快突破, 希望企业…) says what should be made, not what is.</summary>
    private static readonly string[] Exhortations = ["要", "希望", "鼓励", "加快", "力争", "叮嘱", "强调", "勉励", "期待", "支持"];

    private static readonly string[] NonDeveloping = ["协会", "学会", "联盟", "委员会", "商会", "联合会", "新华社", "报社", "日报", "电视台", "融媒体中心"];

    /// <summary>Associations, societies, alliances and committees coordinate, and the press reports; they develop nothing themselves.</summary>
    private static bool CanDevelop(Found body) => !NonDeveloping.Any(e => body.Name.EndsWith(e, StringComparison.Ordinal));

    /// <summary>DEVELOPS read sentence by sentence (see the type's summary for the order of the readings).</summary>
    public static IEnumerable<RelationMention> Read(string text, List<Found> orgs, List<Found> terms, IReadOnlyList<(int Start, int End, Found Org)> speakers)
    {
        const string type = RelationshipTypes.Develops;
        Found? previous = null;
        // Whether previous was named in the paragraph that holds the sentence.
        var previousInParagraph = false;
        List<Found> lastParties = [];
        Found? lastSubject = null;
        // Who was last said to develop something: the maker a product sentence (模型具备…) goes on about.
        Found? lastDeveloper = null;
        var interview = IsInterview(text);
        foreach (var (start, end) in Clauses.Sentences(text))
        {
            if (start > 0 && text[start - 1] == '\n')
            {
                previousInParagraph = false;
            }

            var inSentence = orgs.Where(o => o.Start >= start && o.End <= end && !RelationRules.IsGovernment(o)).ToList();
            var sentenceTerms = terms.Where(t => t.Start >= start && t.End <= end).ToList();
            // 该公司/这家企业/其/团队 point back to the subject of the sentences before; a bare 企业 (支持企业和高校…) is generic.
            // X表示，公司自主研发的…: 公司 is the speaker's own company, named with the speaker's title earlier.
            // 技术总监X带领团队攻克…: a person of a known body opening the sentence speaks for it too.
            // X：我们用的是自主设计的…: an interviewee's answer speaks for the interviewee's company.
            var speaking = speakers.Where(p => p.Start >= start && p.Start < end && (SpeechVerbs.Any(v => Text.StartsWithAt(text, p.End, v)) || p.Start - start <= 8)).ToList();
            var speaker = speaking.Select(p => p.Org).FirstOrDefault();
            // 方某：主打产品是X — an answer after the speaker's name and a colon has the speaker's company as its subject.
            var answers = speaking.Any(p => p.Start == start && p.End < text.Length && text[p.End] == ':');
            if (inSentence.Count == 0 && speaker is not null)
            {
                previous = speaker;
            }

            // In an interview (记者：… answers) 我们 is the interviewee's company.
            var backReference = previous is not null && (RefersBack(text, start, end) || (speaker is not null || interview) && Clauses.ContainsAny(text, start, end, "我们"));
            // 我们与X联合开发了Y: with only a partner named, the back-reference is still the subject.
            var onlyPartners = inSentence.Count > 0 && inSentence.All(o => Clauses.IsPartner(text, o));
            var product = OpensWithProduct(text, start) && lastDeveloper is not null;
            var refersBack = (inSentence.Count == 0 || onlyPartners) && (backReference || answers || product);
            // In an interview, 我们 or 公司 without a speaker named is the interviewee's company: the one the report names most.
            var referent = interview && speaker is null && !answers && Clauses.ContainsAny(text, start, end, "我们", "公司")
                ? MainBusiness(orgs, start, o => o.Kind == EntityKind.Company) ?? previous
                : product ? lastDeveloper : previous;
            // 团队攻克了A和B: a sentence that names no body but says something is made, in a paragraph about a body
            // named earlier in it, speaks of that body.
            var topic = inSentence.Count == 0 && !refersBack && previousInParagraph && previous!.Kind == EntityKind.Company ? previous : null;
            var subject = DemonstrativeSubject(text, start, end, orgs);
            // …；与X共同研制Y, …；二是Y: a part after a semicolon that opens without a subject of its own goes on with the one before.
            var continuation = start > 0 && text[start - 1] == ';' && ContinuationOpeners.Any(o => Text.StartsWithAt(text, start, o)) ? lastSubject : null;
            subject ??= continuation is not null && !inSentence.Any(o => o.Start == start) && !inSentence.Any(o => !Clauses.IsPartner(text, o)) ? continuation : null;
            lastSubject = subject ?? SentenceSubject(text, start, inSentence) ?? (continuation is not null && inSentence.All(o => Clauses.IsPartner(text, o)) ? continuation : null);
            // ——X有限公司：A、B、C: a table line of a company's products.
            var cue = Clauses.ContainsAny(text, start, end, DevelopCues) || inSentence.Any(o => o.End < text.Length && text[o.End] == ':');
            // X由A与B共建/牵头/运营: X is the subject that develops, not the builders named after 由.
            // A partner named after 与/同 (嵩岳智能与X签约，推进Y) is not the one that develops Y.
            var candidates = inSentence.Where(o => !Clauses.IsPartner(text, o) && !ListMates(text, o, inSentence).Any(m => Clauses.IsPartner(text, m))).ToList();
            // 管委会与X公司签署…项目协议，将聚焦Y的研发: with a government body as the other party, the partner is the one
            // that does the work.
            if (candidates.Count == 0 && inSentence.Count > 0 && orgs.Where(o => o.Start >= start && o.End <= end).MinBy(o => o.Start) is { } first &&
                RelationRules.IsGovernment(first))
            {
                candidates = inSentence;
            }

            // The parties of an agreement named in this sentence, else the ones of the sentence before.
            var agreement = Parties(text, orgs.Where(o => o.Start >= start && o.End <= end).ToList());
            var parties = agreement.Count > 0 ? agreement : lastParties;
            lastParties = agreement;
            // The body the sentence opens with: a term in a later clause with no body of its own is its (A与B联合开发的X已…，将扩建Y产线).
            var opener = SentenceSubject(text, start, inSentence);
            foreach (var term in sentenceTerms)
            {
                var name = Text.NormalizeName(term.Name);
                // 该中心…, 联合实验室将…: the sentence's subject points back to the body named before.
                // X研发的Y names Y's maker whatever the sentence's subject (该公司引进了X研发的Y).
                var maker = inSentence.LastOrDefault(o => o.End <= term.Start && MakerMarks.Any(m => Text.StartsWithAt(text, AfterAside(text, o.End), m)) &&
                                                          !text.AsSpan(AfterAside(text, o.End), term.Start - AfterAside(text, o.End)).ContainsAny(",;:"));
                // 察看了该院研发的X, 公司开发的X: the demonstrative or kind noun names the body of that kind named before.
                maker ??= DemonstrativeMaker(text, term, inSentence, previous, orgs);
                // 森捷的防爆巡检机器人: a business's own product.
                maker ??= candidates.LastOrDefault(o => o.Kind == EntityKind.Company && o.End + 1 == term.Start && text[o.End] == '的');
                // 平台的语音识别引擎由X提供: the body after 由 that supplies the term.
                maker ??= candidates.FirstOrDefault(o => o.Start > term.End && o.Start - term.End <= 2 && text[o.Start - 1] == '由' &&
                                                         SupplyVerbs.Any(v => Text.StartsWithAt(text, o.End, v)));
                maker ??= candidates.FirstOrDefault(o => o.Start > term.End && o.Start - term.End <= 3 && ComesFrom.Any(c => Text.EndsWithAt(text, o.Start, c)) &&
                                                         text.AsSpan(term.End, o.Start - term.End).IndexOfAny(",;:") < 0);
                var developer = maker ?? subject ?? candidates.FirstOrDefault(o => o.End < term.Start && o.End < text.Length && text[o.End] == '由') ??
                                candidates.LastOrDefault(o => o.End <= term.Start && Clauses.SameClause(text, o, term)) ??
                                (opener is not null && candidates.Contains(opener) && opener.End <= term.Start ? opener : null) ??
                                candidates.LastOrDefault(o => o.End <= term.Start) ??
                                candidates.FirstOrDefault(o => o.Start >= term.End && text.IndexOf('、', term.End, o.Start - term.End) < 0 && !IsPlaceOfUse(text, o)) ?? (refersBack ? referent : null) ??
                                (topic is not null && Clauses.ClauseHas(text, term, TopicCues) && !Clauses.ClauseHas(text, term, GenericBefore) &&
                                 !Clauses.ContainsAny(text, start, end, Exhortations) ? topic : null);
                // A与B签约共建…，双方将联合开发Y: both parties of the agreement (a government party aside) develop Y.
                if (BothParties(text, term, parties, start) is { Count: > 0 } both)
                {
                    foreach (var party in both)
                    {
                        yield return new RelationMention(type, new EntityRef(party.Kind, party.Name), new EntityRef(term.Kind, name));
                    }

                    continue;
                }

                if (developer is null || !CanDevelop(developer))
                {
                    continue;
                }

                // 走进A、B等企业，察看X、Y等产品: a list of organizations then a list of as many terms pairs them in order;
                // with counts that differ (A、B、C等企业负责人介绍了X、Y) nobody in particular develops the terms.
                if (subject is null && maker is null && inSentence.Contains(developer) && developer.End <= term.Start && !ListDevelops(text, developer, inSentence) &&
                    ListMates(text, developer, inSentence).Any())
                {
                    var members = ListMates(text, developer, inSentence).Append(developer).OrderBy(o => o.Start).ToList();
                    var termList = TermList(text, sentenceTerms, term);
                    if (members.Count != termList.Count || termList[0].Start < members[^1].End)
                    {
                        continue;
                    }

                    developer = members[termList.IndexOf(term)];
                }

                // The organization and the term in one clause, or a sentence that says the organization makes it;
                // a field as broad as 人工智能 needs a business in the term's own clause.
                var sameClause = inSentence.Contains(developer) && Clauses.SameClause(text, developer, term);
                var umbrella = Umbrella.Contains(name);
                if (umbrella ? developer.Kind != EntityKind.Company || !Clauses.ClauseHas(text, term, DevelopCues) : !(sameClause || cue))
                {
                    continue;
                }

                // 应用于新能源汽车生产线, 为人工智能企业提供算力: a field the organization serves, not one it develops.
                if (IsServedField(text, term) || IsDemanded(text, term) || InTitleOfWork(text, term))
                {
                    continue;
                }

                yield return new RelationMention(type, new EntityRef(developer.Kind, developer.Name), new EntityRef(term.Kind, name));
                lastDeveloper = developer;

                // 由A和B研制的Y: every maker joined before the one written against 研制的.
                for (var m = maker; m is not null;)
                {
                    var before = inSentence.LastOrDefault(o => o.End < m.Start && m.Start - o.End == 1 && text[o.End] is '和' or '与' or '及' or '、');
                    if (before is not null)
                    {
                        yield return new RelationMention(type, new EntityRef(before.Kind, before.Name), new EntityRef(term.Kind, name));
                    }

                    m = before;
                }

                // 联合X开展Y研发, 与X联合攻关Y: the partner researches Y together with the sentence's subject.
                foreach (var partner in inSentence.Where(o => o != developer && IsJointPartner(text, o, term)))
                {
                    yield return new RelationMention(type, new EntityRef(partner.Kind, partner.Name), new EntityRef(term.Kind, name));
                }

                if (inSentence.Contains(developer) && IsJointPartner(text, developer, term))
                {
                    var lead = inSentence.Where(o => o.Start < developer.Start && !IsJointPartner(text, o, term)).MinBy(o => o.Start) ??
                               continuation ?? (backReference ? previous : null);
                    if (lead is not null && lead != developer && CanDevelop(lead))
                    {
                        yield return new RelationMention(type, new EntityRef(lead.Kind, lead.Name), new EntityRef(term.Kind, name));
                    }
                }

                // A与B、C共建…，三方共同研发X: the counted parties are every body the sentence names.
                var together = Clauses.ClauseHas(text, term, PartiesTogether) ? BodiesBefore(inSentence, developer, term.Start) : [];
                // A与B签约共建C实验室，开展Y研究: the builders of the body that researches Y research it with it.
                var builders = inSentence.Contains(developer) && Text.EndsWithAt(text, developer.Start, "共建") && Clauses.ClauseHas(text, term, ResearchVerbs)
                    ? BodiesBefore(inSentence, developer, developer.Start)
                    : [];
                // 由A牵头，联合B、C共同完成的“X”项目: every body before a joint maker's mark made it.
                var jointMakers = maker is not null && JointMakerMarks.Any(m => Text.StartsWithAt(text, AfterAside(text, maker.End), m))
                    ? BodiesBefore(inSentence, maker, maker.Start)
                    : [];
                foreach (var party in together.Concat(jointMakers).Concat(builders))
                {
                    yield return new RelationMention(type, new EntityRef(party.Kind, party.Name), new EntityRef(term.Kind, name));
                }

                // 支持A、B等企业研发X: every member of a 、-list that is the subject of a develop verb develops it.
                foreach (var member in ListDevelops(text, developer, inSentence) ? ListMates(text, developer, inSentence) : [])
                {
                    yield return new RelationMention(type, new EntityRef(member.Kind, member.Name), new EntityRef(term.Kind, name));
                }
            }

            if (inSentence.Count > 0)
            {
                previous = SentenceSubject(text, start, inSentence) ?? inSentence[^1];
                previousInParagraph = true;
            }
            else if (speaker is not null)
            {
                previousInParagraph = true;
            }
        }
    }

    /// <summary>A question-and-answer interview: a paragraph opens with 记者: or 问:.</summary>
    internal static bool IsInterview(string text) =>
        text.StartsWith("记者:", StringComparison.Ordinal) || text.Contains("\n记者:", StringComparison.Ordinal) || text.Contains("\n问:", StringComparison.Ordinal);

    [GeneratedRegex(@"\G(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚)?,")]
    private static partial Regex LeadingDate();

    private static readonly string[] SpeechVerbs = ["表示", "介绍", "说", "称", "透露", "坦言", "告诉", ":"];

    private static readonly string[] JointBefore = ["联合", "携手", "会同", "协同"];

    private static readonly string[] JointAfter = ["联合", "共同", "合作", "一起", "协同", "签约共建", "共建"];

    private static readonly string[] ResearchVerbs = ["研发", "攻关", "研制", "开发", "研究", "攻克", "突破"];

    /// <summary>
    /// 联合X开展Y研发, 与X联合攻关Y, 联合X组建团队，突破了Y: X researches the term with the subject (a co-developer, not a
    /// signing partner).
    /// </summary>
    private static bool IsJointPartner(string text, Found org, Found term)
    {
        if (org.End > term.Start || !Clauses.ClauseHas(text, term, ResearchVerbs))
        {
            return false;
        }

        // 联合X… across the sentence; 与X联合… in the term's clause, or 与X共建 a body whose research follows.
        var joinedBefore = JointBefore.Any(v => Text.EndsWithAt(text, org.Start, v));
        var joinedAfter = org.Start > 0 && text[org.Start - 1] is '与' or '同' or '和' && JointAfter.Any(v => Text.StartsWithAt(text, org.End, v));
        return joinedBefore || joinedAfter && (Clauses.SameClause(text, org, term) || CoBuilds(text, org));
    }

    /// <summary>The bodies of the sentence before <paramref name="limit"/> other than <paramref name="except"/> that can develop.</summary>
    private static List<Found> BodiesBefore(List<Found> inSentence, Found except, int limit) =>
        inSentence.Where(o => o != except && o.End <= limit && CanDevelop(o)).ToList();

    /// <summary>与X共建联合实验室，围绕Y开展研究: the partner of a jointly built body researches what the body does.</summary>
    private static bool CoBuilds(string text, Found org) =>
        org.Start > 0 && text[org.Start - 1] is '与' or '同' && (Text.StartsWithAt(text, org.End, "共建") || Text.StartsWithAt(text, org.End, "签约共建"));

    private static readonly string[] ListVerbs = ["研发", "开展", "打造", "攻关", "研制", "推出", "开发", "建设", "布局"];

    /// <summary>A、B等企业研发…: the list right before 等… and a develop verb.</summary>
    private static bool ListDevelops(string text, Found org, List<Found> inSentence)
    {
        var last = ListMates(text, org, inSentence).Append(org).MaxBy(o => o.End)!;
        if (last.End >= text.Length)
        {
            return false;
        }

        // A、B等企业研发, A、B开展, A、B三家企业联合研发: the verb comes after 等, right after the list, or after a count.
        var count = Regex.Match(text[last.End..Math.Min(text.Length, last.End + 6)], "^[一二两三四五六七八九十几数0-9]+[家个所]");
        var clause = last.End;
        while (clause < text.Length && clause - last.End < 24 && text[clause] is not (',' or '。' or ';' or '\n'))
        {
            clause++;
        }

        var window = text[last.End] == '等' ? text.AsSpan(last.End, clause - last.End)
            : count.Success ? text.AsSpan(last.End + count.Length, Math.Min(8, text.Length - last.End - count.Length))
            : text.AsSpan(last.End, Math.Min(4, text.Length - last.End));
        foreach (var v in ListVerbs)
        {
            if (window.Contains(v, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The organizations written with <paramref name="org"/> in one A、B、C list.</summary>
    private static IEnumerable<Found> ListMates(string text, Found org, List<Found> inSentence)
    {
        var ordered = inSentence.OrderBy(o => o.Start).ToList();
        var i = ordered.IndexOf(org);
        if (i < 0)
        {
            yield break;
        }

        // 、 joins items; 和/及 joins the last one to a 、-list (A、B和C).
        for (var k = i - 1; k >= 0 && Joined(k, k + 1); k--)
        {
            yield return ordered[k];
        }

        for (var k = i + 1; k < ordered.Count && Joined(k - 1, k); k++)
        {
            yield return ordered[k];
        }

        bool Joined(int a, int b) =>
            ordered[a].End + 1 == ordered[b].Start && ordered[a].End < text.Length &&
            (text[ordered[a].End] == '、' || text[ordered[a].End] is '和' or '及' && a > 0 && ordered[a - 1].End < text.Length && text[ordered[a - 1].End] == '、' && ordered[a - 1].End + 1 == ordered[a].Start);
    }

    /// <summary>The 、/和-list of terms <paramref name="term"/> belongs to (itself alone when it stands alone), in text order.</summary>
    private static List<Found> TermList(string text, List<Found> sentenceTerms, Found term)
    {
        var ordered = sentenceTerms.OrderBy(t => t.Start).ToList();
        var i = ordered.IndexOf(term);
        int first = i, last = i;
        while (first > 0 && Joined(ordered[first - 1], ordered[first]))
        {
            first--;
        }

        while (last < ordered.Count - 1 && Joined(ordered[last], ordered[last + 1]))
        {
            last++;
        }

        return ordered.GetRange(first, last - first + 1);

        // 四足机器人巡检、智能驾驶域控制器: an item may carry a short noun after its term.
        bool Joined(Found a, Found b)
        {
            var gap = b.Start - a.End;
            if (gap < 1 || gap > 4 || !(text[b.Start - 1] is '、' or '和' or '及' or '与' || Text.EndsWithAt(text, b.Start, "以及")))
            {
                return false;
            }

            for (var i = a.End; i < b.Start - 1; i++)
            {
                if (!Text.IsHan(text[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }

    private static readonly string[] SubjectNouns = ["联合实验室", "实验室", "研究院", "研究所", "中心", "公司", "集团", "企业", "大学", "学院", "平台"];

    private static readonly string[] ClauseOpeners = ["据介绍,", "据了解,", "据悉,", "目前,", "今年,", "同时,", "此外,", "根据协议,", "按照协议,", "根据规划,", "按照规划,", "其中,"];

    /// <summary>
    /// 该中心由…共建, 联合实验室将聚焦…: a sentence whose subject is a bare kind noun (with 该, or followed by 将/已/由)
    /// speaks of the last organization of that kind named before it.
    /// </summary>
    private static Found? DemonstrativeSubject(string text, int start, int end, List<Found> orgs)
    {
        var at = AfterLeadingClause(text, start, end);
        var demonstrative = Text.StartsWithAt(text, at, "该");
        if (demonstrative)
        {
            at++;
        }

        // The subject phrase: the kind noun itself (中心将…) or a short head ending in it (联合研发中心将…) that names a
        // body written before.
        for (var len = 1; len <= 8 && at + len < end; len++)
        {
            if (!Text.IsHan(text[at + len - 1]))
            {
                break;
            }

            var phrase = text.Substring(at, len);
            var noun = SubjectNouns.FirstOrDefault(n => phrase.EndsWith(n, StringComparison.Ordinal));
            if (noun is null)
            {
                continue;
            }

            var next = text[at + len];
            // 中心将…, 实验室依托…, 研究院围绕…, 平台重点…: the predicate starts right after the bare noun.
            if (!demonstrative && next is not ('将' or '已' or '由' or '还' or '正' or '目' or '依' or '围' or '重' or '主' or '致' or '聚' or '落' or '首' or '下' or '设'))
            {
                continue;
            }

            // 该中心: the last one named; a bare 中心将…: the one of that kind the report is about (named most often).
            var named = demonstrative || phrase != noun
                ? orgs.LastOrDefault(o => o.End <= at && o.Name.EndsWith(phrase, StringComparison.Ordinal) && !RelationRules.IsGovernment(o))
                : MainBusiness(orgs, at, o => o.Name.EndsWith(phrase, StringComparison.Ordinal));
            if (named is not null || phrase == noun)
            {
                return named;
            }
        }

        return null;
    }

    private static readonly string[] LeadingClauseStarts = ["根据", "按照", "依据", "随着", "在"];

    /// <summary>How a scene ends (揭牌仪式上，, 会议期间，): a short clause ending so sets the scene by itself.</summary>
    private static readonly string[] SceneEnds = ["上", "中", "后", "时", "里"];

    /// <summary>How a longer scene-setting clause that opens with 根据/按照/在… ends (根据双方签署的共建协议，).</summary>
    private static readonly string[] LeadingClauseEnds = [.. SceneEnds, "前", "以来", "协议", "规划", "方案", "安排"];

    /// <summary>
    /// Past a clause that sets the scene before the subject (据介绍，, 揭牌仪式上，, 根据双方签署的共建协议，): where the
    /// subject may start.
    /// </summary>
    private static int AfterLeadingClause(string text, int start, int end)
    {
        foreach (var opener in ClauseOpeners)
        {
            if (Text.StartsWithAt(text, start, opener))
            {
                return start + opener.Length;
            }
        }

        var comma = text.IndexOf(',', start, Math.Min(end, text.Length) - start);
        if (comma > start && comma - start <= 16 && Enumerable.Range(start, comma - start).All(i => Text.IsHan(text[i])) &&
            (LeadingClauseStarts.Any(w => Text.StartsWithAt(text, start, w)) && LeadingClauseEnds.Any(w => Text.EndsWithAt(text, comma, w)) ||
             comma - start <= 8 && SceneEnds.Any(w => Text.EndsWithAt(text, comma, w))))
        {
            return comma + 1;
        }

        return start;
    }

    private static readonly string[] ProductSubjects = ["模型", "该模型", "这一模型", "大模型", "该平台", "平台", "该系统", "系统", "该产品", "这款产品", "这一系统", "这一平台", "“"];

    /// <summary>模型具备…, “椅匠”集成了…: a sentence about the product of the body named before.</summary>
    private static bool OpensWithProduct(string text, int start)
    {
        var at = AfterLeadingClause(text, start, text.Length);
        return ProductSubjects.Any(p => Text.StartsWithAt(text, at, p));
    }

    private static readonly string[] BackReferences = ["该", "这款", "这家", "这里", "它", "自研", "该公司", "该企业", "该集团", "这家企业", "这家公司", "该院", "该所", "该中心", "其", "团队", "公司", "集团"];

    private static readonly string[] GenericBefore = ["支持", "鼓励", "引导", "推动", "帮助", "组织", "服务", "各", "重点", "龙头", "骨干", "相关", "广大", "上下游", "更多", "一批"];

    private static bool RefersBack(string text, int start, int end)
    {
        foreach (var word in BackReferences)
        {
            for (var at = text.IndexOf(word, start, end - start, StringComparison.Ordinal); at >= 0 && at + word.Length <= end;
                 at = text.IndexOf(word, at + word.Length, end - at - word.Length, StringComparison.Ordinal))
            {
                if (word.Length > 2 || !GenericBefore.Any(g => Text.EndsWithAt(text, at, g)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The organization a sentence is about: the one it opens with (X成立于…，创始人Y是Z的毕业生 is about X), else none.
    /// </summary>
    private static Found? SentenceSubject(string text, int start, List<Found> inSentence)
    {
        var at = start;
        while (at < text.Length && text[at] is ' ' or '\t' or '　')
        {
            at++;
        }

        at = AfterLeadingClause(text, at, text.Length);

        // 3月12日，X与Y签订…: a date clause before the subject.
        if (LeadingDate().Match(text, at) is { Success: true } date)
        {
            at += date.Length;
        }

        var first = inSentence.MinBy(o => o.Start);
        return first is not null && first.Start == at && first.End < text.Length && text[first.End] is not ('、' or '和' or '与' or '的') ? first : null;
    }
}
