using Graph.Model;
using Graph.Reading;

namespace Graph.Extraction;

/// <summary>An event found in the lead of an article: its type, where its trigger is, its date.</summary>
public sealed record FoundEvent(string Type, int TriggerAt, string? Date, int SentenceStart, int SentenceEnd);

/// <summary>
/// Events from trigger words in the title and the lead paragraph (调研/考察 visit, 座谈/会议 meeting, 签约 signing,
/// 揭牌/发布 launch, 大会/论坛 conference, 印发/出台 policy); at most two per article; the date is the first date of the
/// lead, its year completed from the article.
/// </summary>
public sealed partial class EventRecognizer
{
    private static readonly (string Word, string Type)[] Triggers =
    [
        ("签约", EventTypes.Signing), ("签署", EventTypes.Signing), ("签订", EventTypes.Signing), ("合作协议", EventTypes.Signing),
        ("揭牌", EventTypes.Launch), ("揭幕", EventTypes.Launch), ("发布会", EventTypes.Launch), ("正式发布", EventTypes.Launch), ("上线", EventTypes.Launch), ("启动仪式", EventTypes.Launch), ("首发", EventTypes.Launch), ("推介会", EventTypes.Launch), ("新品发布", EventTypes.Launch), ("》发布", EventTypes.Launch), ("发布首批", EventTypes.Launch), ("正式投产", EventTypes.Other), ("投产仪式", EventTypes.Other), ("开工", EventTypes.Other),
        ("大会", EventTypes.Conference), ("论坛", EventTypes.Conference), ("峰会", EventTypes.Conference), ("博览会", EventTypes.Conference), ("展览会", EventTypes.Conference), ("科博会", EventTypes.Conference), ("展会", EventTypes.Conference), ("开幕", EventTypes.Conference), ("年会", EventTypes.Conference),
        ("座谈会", EventTypes.Meeting), ("座谈", EventTypes.Meeting), ("对接会", EventTypes.Meeting), ("推进会", EventTypes.Meeting), ("专题会", EventTypes.Meeting), ("会议", EventTypes.Meeting), ("会见", EventTypes.Meeting), ("会谈", EventTypes.Meeting), ("新闻发布会", EventTypes.Meeting), ("讲座", EventTypes.Meeting), ("讲坛", EventTypes.Meeting), ("授课", EventTypes.Meeting), ("研讨会", EventTypes.Meeting), ("调度会", EventTypes.Meeting), ("工作会", EventTypes.Meeting), ("协商会", EventTypes.Meeting), ("成果评价", EventTypes.Meeting), ("评审会", EventTypes.Meeting), ("鉴定会", EventTypes.Meeting),
        ("调研", EventTypes.Visit), ("考察", EventTypes.Visit), ("走访", EventTypes.Visit), ("视察", EventTypes.Visit), ("参观", EventTypes.Visit), ("采访", EventTypes.Visit), ("走进", EventTypes.Visit),
        ("印发", EventTypes.Policy), ("出台", EventTypes.Policy), ("名单", EventTypes.Policy),
    ];

    /// <summary>Finds the events of one article. <paramref name="lead"/> is the range of the lead paragraph in <paramref name="text"/>.</summary>
    public IReadOnlyList<FoundEvent> Find(string text, (int Start, int End) title, (int Start, int End) lead, int? year, string? articleDate = null)
    {
        var types = new List<(string Type, int At)>();
        void Scan(int start, int end)
        {
            var best = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (word, type) in Triggers)
            {
                var at = text.IndexOf(word, start, end - start, StringComparison.Ordinal);
                // A policy needs a document word (a recognition list, 名单, counts when the title is about it).
                while (at >= 0 && (type == EventTypes.Conference && !EndsNounPhrase(text, at + word.Length) || IsFuture(text, at, word.Length) || IsPressConference(text, at, word) ||
                                   type == EventTypes.Policy && !IsPolicy(at)))
                {
                    at = at + word.Length < end ? text.IndexOf(word, at + word.Length, end - at - word.Length, StringComparison.Ordinal) : -1;
                }

                if (at >= 0 && (!best.TryGetValue(type, out var prev) || at < prev))
                {
                    best[type] = at;
                }
            }

            foreach (var (type, at) in best.OrderBy(kv => kv.Value))
            {
                if (types.All(t => t.Type != type))
                {
                    types.Add((type, at));
                }
            }
        }

        // A recognition list (…入选…名单) is a policy event when the article is about the list (its title says 名单).
        bool IsPolicy(int at) => HasPolicyDocument(text, at) ||
                                 Text.StartsWithAt(text, at, "名单") && text.AsSpan(title.Start, title.End - title.Start).Contains("名单", StringComparison.Ordinal);

        Scan(title.Start, title.End);
        var fromTitle = types.Count;
        Scan(lead.Start, lead.End);

        // A meeting word inside a conference or signing (签约仪式上…会议) is part of it, but leaders meeting the other
        // side before a signing (签约前，…会见了…) is a meeting of its own; a policy needs a document word.
        if (types.Any(t => t.Type is EventTypes.Conference or EventTypes.Signing) && fromTitle > 0)
        {
            types.RemoveAll(t => t.Type == EventTypes.Meeting && types.IndexOf(t) >= fromTitle && !IsCourtesyMeeting(text, t.At));
        }

        var date = DatelineDay(text, lead, year) ?? FirstDate(text, lead.Start, lead.End, year) ?? FirstDate(text, title.Start, title.End, year) ??
                   DayOfArticleMonth(text, lead, articleDate);
        // An interview (——访X, 专访, 记者：… answers) that opens 走进X公司的车间… without a day reports no visit.
        if (date is null && IsInterview(text, title))
        {
            types.RemoveAll(t => t.Type == EventTypes.Visit && (Text.StartsWithAt(text, t.At, "走进") || Text.StartsWithAt(text, t.At, "采访")));
        }

        var result = new List<FoundEvent>();
        foreach (var (type, at) in types.Take(2))
        {
            var at2 = at >= lead.Start ? at : FirstTriggerIn(text, lead, type) ?? at;
            var (s, e) = SentenceAround(text, at2);
            // 9月2日印发…。9月3日，…召开新闻发布会: a second event of the lead told with its own day takes that day.
            result.Add(new FoundEvent(type, at2, result.Count > 0 ? OwnDay(text, s, date) ?? date : date, s, e));
        }

        // A signing, a courtesy meeting or a launch ceremony later in the report is an event of its own (same day).
        foreach (var (word, type) in LaterTriggers)
        {
            if (result.Count >= 3 || result.Any(r => r.Type == type))
            {
                continue;
            }

            for (var at = text.IndexOf(word, lead.End, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
            {
                // At a conference, 发布/推出 a product or a report (发布《…白皮书》) is a launch of its own.
                var atConference = result.Any(r => r.Type == EventTypes.Conference);
                var releases = word switch
                {
                    "发布了" => ReleasesProduct(text, at + word.Length) || atConference && ReleasesReport(text, at + word.Length),
                    // …, 1月9日刚刚发布第二代X: a release told with its own day is an event outside a conference too.
                    "发布" or "推出" => (atConference || DatedClause(text, at)) && !Text.StartsWithAt(text, at, "发布会") && !Text.StartsWithAt(text, at, "发布了") &&
                                     !Text.StartsWithAt(text, at + word.Length, "的") && (ReleasesProduct(text, at + word.Length) || ReleasesReport(text, at + word.Length)),
                    _ => true,
                };
                if (!IsFuture(text, at, word.Length) && !IsPast(text, at) && !IsPressConference(text, at, word) && releases)
                {
                    var (s, e) = SentenceAround(text, at);
                    // 是的，8月22日我们在博览会上发布了…: with no day for the report, a day written before the trigger in its sentence.
                    result.Add(new FoundEvent(type, at, OwnDay(text, s, date, year) ?? date ?? DayBefore(text, s, at, year), s, e));
                    break;
                }
            }
        }

        return result;
    }

    /// <summary>
    /// A conference word names the event only when it ends its noun phrase (…大会在成都开幕, …大会召开); in
    /// …大会主题采访活动 it only qualifies another event.
    /// </summary>
    private static bool EndsNounPhrase(string text, int at) =>
        at >= text.Length || !Text.IsHan(text[at]) || "在召开幕举于将期上暨和与及今由以的也于隆正".Contains(text[at]);

    private static readonly (string Word, string Type)[] LaterTriggers =
    [
        ("签约", EventTypes.Signing), ("签署", EventTypes.Signing), ("签订", EventTypes.Signing),
        ("会见", EventTypes.Meeting), ("会谈", EventTypes.Meeting), ("座谈会", EventTypes.Meeting), ("新闻发布会", EventTypes.Meeting),
        ("发布会", EventTypes.Launch), ("发布了", EventTypes.Launch), ("揭牌", EventTypes.Launch), ("正式发布", EventTypes.Launch), ("首发", EventTypes.Launch),
        ("发布", EventTypes.Launch), ("推出", EventTypes.Launch),
    ];

    private static readonly string[] InterviewMarks = ["——访", "—访", "专访", "访谈", "对话"];

    /// <summary>An interview: its title says so (——访X, 专访) or its body is questions and answers (记者：…).</summary>
    private static bool IsInterview(string text, (int Start, int End) title) =>
        InterviewMarks.Any(m => text.IndexOf(m, title.Start, title.End - title.Start, StringComparison.Ordinal) >= 0) || DevelopsReader.IsInterview(text);

    /// <summary>会见, 会谈: leaders meeting the other side, an event of its own even beside a signing.</summary>
    private static bool IsCourtesyMeeting(string text, int at) => Text.StartsWithAt(text, at, "会见") || Text.StartsWithAt(text, at, "会谈");

    /// <summary>…召开新闻发布会, later 在发布会上…: the 发布会 of (or after) a press conference launches nothing (it is a meeting).</summary>
    private static bool IsPressConference(string text, int at, string word) =>
        word == "发布会" && (Text.EndsWithAt(text, at, "新闻") || text.LastIndexOf("新闻发布会", at, StringComparison.Ordinal) >= 0);

    /// <summary>Something done before (此前签署, 去年签约, 已签约) is background, not this report's event.</summary>
    private static bool IsPast(string text, int at)
    {
        var before = text.AsSpan(Math.Max(0, at - 6), Math.Min(6, at));
        var after = text.AsSpan(at, Math.Min(14, text.Length - at));
        // 推动会员单位签订合作项目120多个: a tally of past signings, not one.
        return before.Contains("此前", StringComparison.Ordinal) || before.Contains("去年", StringComparison.Ordinal) || before.Contains("已", StringComparison.Ordinal) ||
               before.Contains("曾", StringComparison.Ordinal) || before.Contains("先后", StringComparison.Ordinal) || before.Contains("年来", StringComparison.Ordinal) ||
               before.Contains("累计", StringComparison.Ordinal) || Tally().IsMatch(after);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[^,。;]{0,8}?\d+(?:多|余)?个")]
    private static partial System.Text.RegularExpressions.Regex Tally();

    /// <summary>An event still to come (…大会召开在即, 将于…开幕) is not reported as happened.</summary>
    private static bool IsFuture(string text, int at, int length)
    {
        var after = text.AsSpan(at + length, Math.Min(6, text.Length - at - length));
        var clauseStart = at;
        while (clauseStart > 0 && at - clauseStart < 30 && text[clauseStart - 1] is not (',' or '。' or ';' or '\n' or '!' or '?'))
        {
            clauseStart--;
        }

        var before = text.AsSpan(clauseStart, at - clauseStart);
        // 推动项目早签约、早开工, 将开工, 拟签约: a hope or a plan, not a report.
        return after.Contains("在即", StringComparison.Ordinal) || after.StartsWith("将于") || before.Contains("即将", StringComparison.Ordinal) ||
               before.Contains("将于", StringComparison.Ordinal) || before.EndsWith("早") || before.EndsWith("尽快") || before.EndsWith("争取") ||
               before.EndsWith("将") || before.EndsWith("拟") || before.EndsWith("计划") || before.EndsWith("力争") || before.EndsWith("确保");
    }

    private static int? FirstTriggerIn(string text, (int Start, int End) range, string type)
    {
        int? best = null;
        foreach (var (word, t) in Triggers)
        {
            if (t != type)
            {
                continue;
            }

            var at = text.IndexOf(word, range.Start, range.End - range.Start, StringComparison.Ordinal);
            if (at >= 0 && (best is null || at < best))
            {
                best = at;
            }
        }

        return best;
    }

    private static readonly string[] ProductHeads = ["平台", "系统", "模型", "机器人", "芯片", "控制器", "雷达", "设备", "装备", "新品", "产品", "终端", "软件", "模组", "原型机", "无人机", "衬底", "电池", "航空器", "飞行器", "新车", "机型", "传感器"];

    /// <summary>发布了X平台V3.0 releases a product; 发布了《…》 or 发布了…图谱 releases a document.</summary>
    private static bool ReleasesProduct(string text, int from)
    {
        if (from >= text.Length || text[from] == '《')
        {
            return false;
        }

        var end = from;
        while (end < text.Length && end - from < 40 && text[end] is not (',' or '。' or ';' or '\n'))
        {
            end++;
        }

        return ProductHeads.Any(h => text.IndexOf(h, from, end - from, StringComparison.Ordinal) >= 0);
    }

    /// <summary>A month and day written in the clause before <paramref name="at"/> (1月9日刚刚发布…).</summary>
    private static bool DatedClause(string text, int at)
    {
        var s = Math.Max(Clauses.ClauseStart(text, at), at - 20);
        return MonthDayRegex().IsMatch(text.AsSpan(s, at - s));
    }

    private static readonly string[] ReportWords = ["白皮书", "蓝皮书", "报告", "指数", "前瞻", "图谱"];

    /// <summary>发布《…白皮书》, 发布《…产业链图谱》: a report released under its title.</summary>
    private static bool ReleasesReport(string text, int from)
    {
        if (from >= text.Length || text[from] != '《')
        {
            return false;
        }

        var close = text.IndexOf('》', from, Math.Min(60, text.Length - from));
        return close > from && ReportWords.Any(w => text.IndexOf(w, from, close - from + Math.Min(3, text.Length - close), StringComparison.Ordinal) >= 0);
    }

    private static bool HasPolicyDocument(string text, int at)
    {
        var end = Math.Min(text.Length, at + 40);
        var window = text[at..end];
        return window.Contains("意见", StringComparison.Ordinal) || window.Contains("办法", StringComparison.Ordinal) ||
               window.Contains("方案", StringComparison.Ordinal) || window.Contains("规划", StringComparison.Ordinal) ||
               window.Contains("政策", StringComparison.Ordinal) || window.Contains("通知", StringComparison.Ordinal) ||
               window.Contains("措施", StringComparison.Ordinal) || window.Contains("计划", StringComparison.Ordinal) ||
               window.Contains("细则", StringComparison.Ordinal) || window.Contains("条例", StringComparison.Ordinal) ||
               window.Contains("指南", StringComparison.Ordinal) || window.Contains("纲要", StringComparison.Ordinal);
    }

    public static (int Start, int End) SentenceAround(string text, int at)
    {
        var s = at;
        while (s > 0 && text[s - 1] is not ('。' or '\n' or '!' or '?'))
        {
            s--;
        }

        var e = at;
        while (e < text.Length && text[e] is not ('。' or '\n' or '!' or '?'))
        {
            e++;
        }

        return (s, e);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<m>\d{1,2})月(?<d>\d{1,2})日电")]
    private static partial System.Text.RegularExpressions.Regex DatelineRegex();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\d月])(?<d>\d{1,2})日")]
    private static partial System.Text.RegularExpressions.Regex BareDayRegex();

    /// <summary>The date a text opens with (8日上午…, 9月3日，…) within <paramref name="window"/> characters of <paramref name="at"/>: its month when written, and its day.</summary>
    private static (int? Month, int Day)? LeadingDate(string text, int at, int window)
    {
        var m = LeadingMonthDayRegex().Match(text.Substring(at, Math.Max(0, Math.Min(window, text.Length - at))));
        return m.Success ? (m.Groups["m"].Success ? Number(m.Groups["m"].Value) : null, Number(m.Groups["d"].Value)) : null;
    }

    /// <summary>The bare day a text opens with (8日上午…), not a month and day.</summary>
    private static int? LeadingDay(string text, int at, int window) => LeadingDate(text, at, window) is { Month: null } d ? d.Day : null;

    private static int Number(string digits) => int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);

    private static string? Iso(int year, int month, int day) => ChineseDates.Create(year, month, day) is DateOnly d ? ChineseDates.ToIso(d) : null;

    /// <summary>
    /// 21日，X主持召开座谈会 / 9月3日，…召开新闻发布会: a later event whose sentence opens with its own day, in the report's
    /// year (and month, unless the sentence names one); with no report date (近日印发…), a month and day written there still
    /// date it in the article's <paramref name="year"/>.
    /// </summary>
    private static string? OwnDay(string text, int sentenceStart, string? reportDate, int? year = null) =>
        LeadingDate(text, sentenceStart, 10) is not { } d ? null
        : reportDate is not null ? Iso(Number(reportDate[..4]), d.Month ?? Number(reportDate[5..7]), d.Day)
        : year is int y && d.Month is int month ? Iso(y, month, d.Day)
        : null;

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<m>\d{1,2})月(?<d>\d{1,2})日")]
    private static partial System.Text.RegularExpressions.Regex MonthDayRegex();

    /// <summary>The last month and day written in text[start..at], in the article's year.</summary>
    private static string? DayBefore(string text, int start, int at, int? year) =>
        year is int y && MonthDayRegex().Matches(text[start..at]).LastOrDefault() is { } m ? Iso(y, Number(m.Groups["m"].Value), Number(m.Groups["d"].Value)) : null;

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:(?<m>\d{1,2})月)?(?<d>\d{1,2})日")]
    private static partial System.Text.RegularExpressions.Regex LeadingMonthDayRegex();

    /// <summary>
    /// 新华社武汉10月17日电 …16日在宜昌签署…: a dispatch's dateline is when it was filed; the bare day after it, in the
    /// dateline's month, is when the event happened.
    /// </summary>
    private static string? DatelineDay(string text, (int Start, int End) lead, int? year)
    {
        var dateline = DatelineRegex().Match(text.Substring(lead.Start, Math.Min(40, lead.End - lead.Start)));
        if (!dateline.Success || year is not int y)
        {
            return null;
        }

        var filed = Number(dateline.Groups["d"].Value);
        var rest = text.Substring(lead.Start + dateline.Index + dateline.Length, Math.Min(80, lead.End - lead.Start - dateline.Index - dateline.Length));
        var day = BareDayRegex().Match(rest);
        var d = day.Success ? Number(day.Groups["d"].Value) : filed;
        return Iso(y, Number(dateline.Groups["m"].Value), d <= filed ? d : filed);
    }

    /// <summary>
    /// 8日上午，…: a lead that opens with a bare day is dated in the article's own month when that day is not after the
    /// article's date (a report written the same month).
    /// </summary>
    private static string? DayOfArticleMonth(string text, (int Start, int End) lead, string? articleDate) =>
        articleDate is not null && DateOnly.TryParseExact(articleDate, "yyyy-MM-dd", out var published) &&
        LeadingDay(text, lead.Start, Math.Min(12, lead.End - lead.Start)) is int day && day <= published.Day
            ? Iso(published.Year, published.Month, day)
            : null;

    /// <summary>The first date in the range as ISO, month-day dates completed with <paramref name="year"/> (left out when it is unknown).</summary>
    public static string? FirstDate(string text, int start, int end, int? year) =>
        ChineseDates.FindAll(text[start..end], year).FirstOrDefault()?.Iso;
}
