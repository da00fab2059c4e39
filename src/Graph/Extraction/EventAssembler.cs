using System.Collections.Immutable;
using Graph.Model;
using Graph.Reading;

namespace Graph.Extraction;

/// <summary>
/// Events of one article: the recognizer's triggers in the title and lead, with who took part (lead, accompany,
/// other; bylines left out), the organizations involved and where it happened.
/// </summary>
internal sealed class EventAssembler
{
    private static readonly string[] BylineTitles = ["记者", "通讯员", "摄影", "特约摄影", "实习生", "编辑", "摄影记者", "主编", "总编辑"];

    private readonly EventRecognizer _events = new();

    /// <summary>
    /// The events of <paramref name="text"/> (the folded title of <paramref name="titleLength"/> characters, a line
    /// break, then <paramref name="body"/>).
    /// </summary>
    public IEnumerable<EventMention> Assemble(Article article, string text, int titleLength, string body, List<Found> orgs, List<FoundPerson> people, IReadOnlyList<Found> locations) =>
        BuildEvents(article, text, (0, titleLength), LeadParagraph(body, titleLength + 1, text[..titleLength]), orgs, people, locations);

    /// <summary>
    /// The first paragraph that is not a photo caption (图为…, 图片…) nor the title printed again above the body: where the
    /// report's lead sits.
    /// </summary>
    private static (int Start, int End) LeadParagraph(string body, int offset, string title)
    {
        var start = 0;
        while (start < body.Length)
        {
            var end = body.IndexOf('\n', start);
            if (end < 0)
            {
                end = body.Length;
            }

            var para = body.AsSpan(start, end - start).TrimStart();
            if (!(para.StartsWith("图为") || para.StartsWith("图片") || para.StartsWith("图:") || para.StartsWith("(图") || para.StartsWith("摄影") ||
                  title.Length > 0 && para.TrimEnd().SequenceEqual(title.AsSpan().Trim())))
            {
                return (offset + start, offset + end);
            }

            start = end + 1;
        }

        return (offset, offset + body.Length);
    }

    private IEnumerable<EventMention> BuildEvents(Article article, string text, (int, int) title, (int Start, int End) lead, List<Found> orgs, List<FoundPerson> people, IReadOnlyList<Found> locations)
    {
        var found = _events.Find(text, title, lead, article.Year, article.Date);
        var bylines = people.Where(p => p.Titles.Count == 0 && IsInByline(text, p.Start) || p.Titles.Any(t => BylineTitles.Contains(t)))
            .Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var actors = people.Where(p => !bylines.Contains(p.Name)).ToList();
        foreach (var ev in found)
        {
            List<Found> involved;
            List<string> participants;
            string leadName = "";
            if (ev.Type == EventTypes.Visit)
            {
                // A body named only inside someone's title (中国科学院院士X) was not visited.
                var inTitles = people.SelectMany(p => p.Positions).Select(pos => pos.Org.Start).ToHashSet();
                var titleOnly = orgs.GroupBy(o => o.Name).Where(g => g.All(o => inTitles.Contains(o.Start))).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
                involved = orgs.Where(o => o.Start >= lead.Start && !RelationRules.IsGovernment(o) && !titleOnly.Contains(o.Name) &&
                                           !Clauses.IsPartner(text, o) && !IsVisitorsBody(text, o) && !IsCoWorker(text, o) &&
                                           (o.Start >= ev.SentenceStart && o.End <= ev.SentenceEnd || IsVisitedPlace(text, o))).ToList();
                var receivers = actors.Where(p => p.Positions.Any(pos => involved.Any(o => o.Name == pos.Org.Name)) ||
                        IsFullMention(text, p) && Clauses.ClauseHas(text, new Found(EntityKind.Person, p.Name, p.Start, p.End), ["接待", "介绍"]))
                    .Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
                var visitors = actors.Where(p => !receivers.Contains(p.Name) &&
                        (p.Start >= ev.SentenceStart && p.Start < ev.SentenceEnd || Clauses.SentenceHas(text, p.Start, "陪同", "参加", "一行", "带领", "率队", "一同")))
                    .ToList();
                participants = visitors.Select(p => p.Name).Distinct(StringComparer.Ordinal).ToList();
                leadName = visitors.FirstOrDefault(p => p.Start >= ev.SentenceStart && p.Start < ev.SentenceEnd && !AccompanyClause(text, p))?.Name ?? "";
            }
            else
            {
                var (s, e) = ev.Type is EventTypes.Signing or EventTypes.Launch ? (ev.SentenceStart, ev.SentenceEnd) : lead;
                involved = orgs.Where(o => o.Start >= s && o.End <= e).ToList();
                if (ev.Type == EventTypes.Signing && involved.Count == 0)
                {
                    // 签约仪式举行。仪式上，A同B签订…: a signing told without its parties names them in the next signing sentence.
                    involved = PartiesAfter(text, ev.SentenceEnd, orgs);
                }

                // 我们在邢台发布了X: a launch told without its maker is the launch of the company the report names most.
                if (ev.Type == EventTypes.Launch && involved.Count == 0 && MostNamedCompany(orgs) is { } main)
                {
                    involved = [main];
                }
                participants = actors.Select(p => p.Name).Distinct(StringComparer.Ordinal).ToList();
                leadName = actors.FirstOrDefault(p => p.Start >= ev.SentenceStart && p.Start < ev.SentenceEnd)?.Name ?? "";
            }

            // 走进X公司… with no day, no one leading and one body: a reporter's feature on a company, not a visit.
            if (ev.Type == EventTypes.Visit && ev.Date is null && leadName.Length == 0 && involved.Select(o => o.Name).Distinct(StringComparer.Ordinal).Count() <= 1)
            {
                continue;
            }

            var parts = participants
                .Select(n => new Participation(n, n == leadName ? "lead" : people.Where(p => p.Name == n).Any(p => AccompanyClause(text, p)) ? "accompany" : "other"))
                .ToImmutableArray();
            var where = locations.Where(l => l.Start >= ev.SentenceStart && l.End <= ev.SentenceEnd).Select(l => l.Name).Distinct(StringComparer.Ordinal).Take(1).ToImmutableArray();
            var summary = text[ev.SentenceStart..ev.SentenceEnd].Trim();
            if (summary.Length > 200)
            {
                summary = summary[..200];
            }

            yield return new EventMention(ev.Type, ev.Date, leadName, summary, parts,
                [.. involved.Select(o => new EntityRef(o.Kind, o.Name)).Distinct()], where);
        }
    }

    private static readonly string[] VisitVerbs = ["来到", "走进", "走访", "前往", "深入", "参观", "考察", "调研", "视察", "察看", "看望", "实地", "到访", "莅临", "进入", "步入", "一站", "首站"];

    /// <summary>
    /// A body the visitors went to: named in a sentence that moves the visit (来到, 走进, 考察…) or opening its clause
    /// with 在 (在X公司，代表们…). A body only talked about later (X采用了平台) was not visited.
    /// </summary>
    private static bool IsVisitedPlace(string text, Found org)
    {
        var (s, e) = EventRecognizer.SentenceAround(text, org.Start);
        if (Clauses.ContainsAny(text, s, e, VisitVerbs))
        {
            return true;
        }

        var at = org.Start - 1;
        return at >= 0 && text[at] == '在' && (at == s || text[at - 1] is ',' or '。' or '\n' or ';') || OpensVisitedParagraph(text, org) || OperatesVisitedPlace(text, org);
    }

    private static readonly string[] ShownWords = ["介绍", "汇报", "察看", "听取", "询问", "展示", "告诉", "演示", "讲解"];

    /// <summary>
    /// 位于X的Y公司是…。在车间，公司董事长向Z介绍…: a paragraph of a visit report that opens with an organization and
    /// tells what was shown or reported there is about a place visited.
    /// </summary>
    private static bool OpensVisitedParagraph(string text, Found org)
    {
        var start = org.Start == 0 ? 0 : text.LastIndexOf('\n', org.Start - 1) + 1;
        var opening = text.AsSpan(start, org.Start - start);
        // 位于X的, 富拉尔基区的: a place before the organization may open the paragraph.
        if (!(opening.Length == 0 || opening.EndsWith("的") && opening.Length <= 16 && opening.IndexOfAny(",。;") < 0 &&
              (opening.StartsWith("位于") || opening.Length >= 3 && "区县市镇园".Contains(opening[^2]))))
        {
            return false;
        }

        var end = text.IndexOf('\n', org.End);
        var paragraph = text[org.End..(end < 0 ? text.Length : end)];
        return ShownWords.Any(w => paragraph.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>The company an article names most often (the earlier on a tie), at its first mention.</summary>
    private static Found? MostNamedCompany(List<Found> orgs) =>
        orgs.Where(o => o.Kind == EntityKind.Company).GroupBy(o => o.Name, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.First().Start).FirstOrDefault()?.First();

    private static readonly string[] OperateVerbs = ["投资建设运营", "建设运营", "投资运营", "负责运营", "运营"];

    private static readonly string[] FacilityNouns = ["中心", "基地", "园区", "平台", "项目", "产业园"];

    /// <summary>
    /// 寒地智算中心…，由X投资建设运营, 基地由X负责运营: the company that runs a facility the visit went through was visited
    /// with it (the facility, named by kind or in full, is what the sentence opens with).
    /// </summary>
    private static bool OperatesVisitedPlace(string text, Found org)
    {
        if (org.Start == 0 || text[org.Start - 1] != '由' || !OperateVerbs.Any(v => Text.StartsWithAt(text, org.End, v)))
        {
            return false;
        }

        var (s, _) = EventRecognizer.SentenceAround(text, org.Start);
        var subjectEnd = text.IndexOfAny([',', '由'], s);
        return subjectEnd > s && FacilityNouns.Any(n => text.AsSpan(s, subjectEnd - s).IndexOf(n, StringComparison.Ordinal) >= 0);
    }

    /// <summary>与X联合研发, 与X合作: the visited company's partner, named in passing.</summary>
    private static bool IsCoWorker(string text, Found org) =>
        org.Start > 0 && text[org.Start - 1] is '与' or '同' or '和' &&
        (Text.StartsWithAt(text, org.End, "联合") || Text.StartsWithAt(text, org.End, "合作") || Text.StartsWithAt(text, org.End, "共同"));

    private static readonly string[] SigningVerbs = ["签订", "签署", "签约"];

    private static List<Found> PartiesAfter(string text, int from, List<Found> orgs)
    {
        var start = from;
        for (var n = 0; n < 4 && start < text.Length; n++)
        {
            var (s, e) = EventRecognizer.SentenceAround(text, Math.Min(start + 1, text.Length - 1));
            if (Clauses.ContainsAny(text, s, e, SigningVerbs))
            {
                var parties = orgs.Where(o => o.Start >= s && o.End <= e).ToList();
                if (parties.Count > 0)
                {
                    return parties;
                }
            }

            start = e + 1;
        }

        return [];
    }

    private static readonly string[] DelegateWords = ["负责同志", "负责人", "有关负责人", "相关负责人", "主要负责人", "有关同志"];

    /// <summary>X中心负责同志参加考察: the body of someone who goes along on the visit was not visited.</summary>
    private static bool IsVisitorsBody(string text, Found org) =>
        DelegateWords.Any(w => Text.StartsWithAt(text, org.End, w)) && Clauses.ClauseHas(text, org, ["陪同", "参加", "一同", "随同"]);

    /// <summary>陪同 / 参加 in the clause that holds the name (…，副省长吴海陪同).</summary>
    private static bool AccompanyClause(string text, FoundPerson p) =>
        Clauses.ClauseHas(text, new Found(EntityKind.Person, p.Name, p.Start, p.End), ["陪同", "参加", "一同"]);

    /// <summary>The person is written out in full at the mention (not a back reference such as 张总).</summary>
    private static bool IsFullMention(string text, FoundPerson p) =>
        p.End - p.Start == p.Name.Length && string.CompareOrdinal(text, p.Start, p.Name, 0, p.Name.Length) == 0;

    /// <summary>The position sits inside a short parenthesis (a byline such as （记者 张三）).</summary>
    private static bool IsInByline(string text, int at)
    {
        var open = text.LastIndexOf('(', at);
        var close = text.IndexOf(')', at);
        return open >= 0 && close > at && close - open <= 60 && text.IndexOf(')', open) >= at;
    }
}
