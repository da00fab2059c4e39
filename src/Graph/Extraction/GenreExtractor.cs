using System.Collections.Immutable;
using Graph.Model;
using Graph.Reading;

namespace Graph.Extraction;

/// <summary>
/// The rule extractor for government and industry news: organizations, people with titles, technologies,
/// industries, locations, events and the relationships between them, read from one article.
/// Immutable and thread-safe.
/// </summary>
public sealed class GenreExtractor : IArticleExtractor
{
    private static readonly string[] GovernmentEndings = ["政府", "委", "厅", "局", "人大", "常委会", "党工委", "办", "办公室", "办公厅", "署", "部", "政协", "委员会", "管委会"];
    private static readonly string[] BylineTitles = ["记者", "通讯员", "摄影", "特约摄影", "实习生", "编辑", "摄影记者", "主编", "总编辑"];
    private static readonly string[] LegalSuffixes = ["集团股份有限公司", "集团有限公司", "股份有限公司", "有限责任公司", "有限公司", "集团公司", "集团", "公司", "股份"];
    private static readonly string[] Descriptors =
    [
        "科技", "技术", "信息", "智能", "机器人", "系统集成", "集成", "系统", "电子", "网络", "数字", "数据", "软件", "投资", "控股", "实业", "发展",
        "工业", "设计", "集成电路", "电路", "宇航", "航空", "航天", "新能源", "能源", "材料", "医药", "生物", "检测", "服务", "文化", "传媒",
        "教育", "管理", "咨询", "贸易", "制造", "装备", "自动化", "汽车", "动力", "显示器件", "器件", "光电", "通信", "产业",
    ];

    private readonly Lexicon _lexicon;
    private readonly OrganizationRecognizer _orgs;
    private readonly PersonRecognizer _people;
    private readonly TermRecognizer _terms;
    private readonly LocationRecognizer _locations;
    private readonly EventRecognizer _events = new();

    public GenreExtractor(Lexicon lexicon)
    {
        _lexicon = lexicon;
        _orgs = new OrganizationRecognizer(lexicon);
        _people = new PersonRecognizer(lexicon);
        _terms = new TermRecognizer(lexicon);
        _locations = new LocationRecognizer(lexicon);
    }

    public ArticleExtraction Extract(Article article)
    {
        var title = Text.FoldWidth(article.Title);
        var body = Text.FoldWidth(article.Body);
        var text = title + "\n" + body;
        var titleRange = (0, title.Length);
        var leadRange = LeadParagraph(body, title.Length + 1);

        var orgs = _orgs.Find(text).ToList();
        var people = _people.Find(text, orgs).Where(p => !orgs.Any(o => p.Start < o.End && o.Start < p.End)).ToList();
        var locations = _locations.Find(text);
        var techs = _terms.FindTechnologies(text).Where(t => !Inside(t, orgs)).ToList();
        var industries = _terms.FindIndustries(text).Where(t => !Inside(t, orgs)).ToList();
        AddAnnotated(text, article.Annotations.Technologies, EntityKind.Technology, techs);
        AddAnnotated(text, article.Annotations.Industries, EntityKind.Industry, industries);

        // Short forms of companies (睿乐达 for 成都睿乐达机器人科技有限公司).
        var aliases = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        orgs = FoldDeclaredAndTailForms(text, orgs, aliases);
        orgs = FoldCompanyShortForms(orgs, aliases);
        var orgSpans = new List<Found>(orgs);
        foreach (var org in orgs.Where(o => o.Kind == EntityKind.Company).Select(o => o.Name).Distinct(StringComparer.Ordinal).ToList())
        {
            foreach (var alias in ShortForms(org))
            {
                if (alias == org)
                {
                    continue;
                }

                for (var i = text.IndexOf(alias, StringComparison.Ordinal); i >= 0; i = text.IndexOf(alias, i + alias.Length, StringComparison.Ordinal))
                {
                    var span = new Found(EntityKind.Company, org, i, i + alias.Length);
                    if (!orgSpans.Any(o => span.Start < o.End && o.Start < span.End))
                    {
                        orgSpans.Add(span);
                        (aliases.TryGetValue(org, out var set) ? set : aliases[org] = new SortedSet<string>(StringComparer.Ordinal)).Add(alias);
                    }
                }
            }
        }

        orgSpans.Sort((a, b) => a.Start.CompareTo(b.Start));
        (techs, industries) = SplitBySectorContext(text, techs, industries);
        techs = KeepSalient(text, title, article.Annotations.Technologies, DropTails(text, CutAfterOrgs(techs, orgSpans)).Where(t => !Inside(t, orgSpans)));
        industries = KeepSalient(text, title, article.Annotations.Industries, industries.Where(t => !Inside(t, orgSpans)));
        people = people.Where(p => !orgSpans.Any(o => p.Start < o.End && o.Start < p.End)).ToList();

        var entities = new List<EntityMention>();
        foreach (var g in orgSpans.GroupBy(o => (o.Kind, o.Name)).OrderBy(g => g.Min(x => x.Start)))
        {
            entities.Add(new EntityMention(g.Key.Kind, g.Key.Name,
                aliases.TryGetValue(g.Key.Name, out var a) ? [.. a] : [], [], g.Count()));
        }

        var personNames = people.Select(p => p.Name).Distinct(StringComparer.Ordinal).ToList();
        foreach (var name in personNames)
        {
            var titles = people.Where(p => p.Name == name).SelectMany(p => p.Titles).Distinct(StringComparer.Ordinal).ToImmutableArray();
            var backReferences = people.Count(p => p.Name == name && string.CompareOrdinal(text, p.Start, name, 0, name.Length) != 0);
            entities.Add(new EntityMention(EntityKind.Person, name, [], titles, Math.Max(1, Text.CountOccurrences(text, name) + backReferences)));
        }

        (techs, var techAliases) = FoldIntoTaggedNames(techs);
        foreach (var list in new[] { techs, industries, locations.ToList() })
        {
            foreach (var g in list.GroupBy(t => (t.Kind, Name: Text.NormalizeName(t.Name))).OrderBy(g => g.Min(x => x.Start)))
            {
                if (g.Key.Name.Length > 0)
                {
                    entities.Add(new EntityMention(g.Key.Kind, g.Key.Name, [], [], g.Count()));
                }
            }
        }

        // The bare product term an article uses after naming it with a tag (“岳麓”工业大模型 … 工业大模型) is that product.
        for (var i = 0; i < entities.Count; i++)
        {
            var e = entities[i];
            if (e.Kind == EntityKind.Technology && techAliases.TryGetValue(e.Name, out var shortForms))
            {
                entities[i] = e with { Aliases = [.. shortForms] };
            }
        }

        var relations = new List<RelationMention>();
        foreach (var p in people)
        {
            foreach (var (t, org) in p.Positions)
            {
                relations.Add(new RelationMention(RelationshipTypes.HoldsPosition, new EntityRef(EntityKind.Person, p.Name), new EntityRef(org.Kind, org.Name), t));
            }
        }

        foreach (var org in entities.Where(e => e.Kind is EntityKind.Company or EntityKind.Organization))
        {
            var loc = _locations.LeadingLocation(org.Name);
            if (loc is not null)
            {
                relations.Add(new RelationMention(RelationshipTypes.LocatedIn, org.Ref, new EntityRef(EntityKind.Location, loc)));
                if (entities.All(e => !(e.Kind == EntityKind.Location && e.Name == loc)))
                {
                    entities.Add(new EntityMention(EntityKind.Location, loc, [], [], 1));
                }
            }
        }

        relations.AddRange(SentenceRelations(text, orgSpans, techs, RelationshipTypes.Develops));
        relations.AddRange(SentenceRelations(text, orgSpans, industries, RelationshipTypes.InIndustry));
        foreach (var sector in orgSpans.Where(IsSectorBody).DistinctBy(o => o.Name))
        {
            foreach (var ind in industries.Select(i => Text.NormalizeName(i.Name)).Distinct(StringComparer.Ordinal))
            {
                var core = ind.EndsWith("产业", StringComparison.Ordinal) ? ind[..^2] : ind;
                if (core.Length >= 2 && sector.Name.Contains(core, StringComparison.Ordinal))
                {
                    relations.Add(new RelationMention(RelationshipTypes.InIndustry, new EntityRef(sector.Kind, sector.Name), new EntityRef(EntityKind.Industry, ind)));
                }
            }
        }

        var events = BuildEvents(article, text, titleRange, leadRange, orgSpans, people, locations);
        return new ArticleExtraction(article, [.. entities], [.. relations.Distinct()], [.. events]);
    }

    /// <summary>Short generic terms (大数据, 机器人) count only when the article dwells on them: said twice, in the title or in the annotations.</summary>
    private static List<Found> KeepSalient(string text, string title, ImmutableArray<string> annotated, IEnumerable<Found> terms) =>
        terms.Where(t => t.Name.Length > 3 || t.Kind == EntityKind.Industry && (t.Name.EndsWith('业') || t.Name.EndsWith("经济", StringComparison.Ordinal)) || Text.CountOccurrences(text, t.Name) >= 2 || title.Contains(t.Name, StringComparison.Ordinal) ||
                         annotated.Any(a => a.Contains(t.Name, StringComparison.Ordinal)))
            .ToList();

    private static readonly string[] SectorWords = ["产业", "行业", "领域", "集群", "板块", "赛道"];

    /// <summary>
    /// A term both a technique and a sector (新能源汽车, 集成电路) is the sector where its clause speaks of sectors
    /// (…等产业, …领域, …企业) and the technique elsewhere.
    /// </summary>
    private static (List<Found> Techs, List<Found> Industries) SplitBySectorContext(string text, List<Found> techs, List<Found> industries)
    {
        var industryNames = industries.Select(i => i.Name).ToHashSet(StringComparer.Ordinal);
        var keepTech = new List<Found>();
        var moreIndustries = new List<Found>();
        foreach (var t in techs)
        {
            var sectorClause = ClauseHas(text, t, SectorWords);
            if (industryNames.Contains(t.Name) && sectorClause)
            {
                continue;
            }

            keepTech.Add(t);
        }

        return (keepTech, industries.Concat(moreIndustries).ToList());
    }

    /// <summary>乐聚全尺寸机器人 → 全尺寸机器人 when 乐聚 is an organization's name.</summary>
    private static IEnumerable<Found> CutAfterOrgs(List<Found> terms, List<Found> orgs)
    {
        foreach (var t in terms)
        {
            var org = orgs.FirstOrDefault(o => o.Start == t.Start && o.End < t.End);
            yield return org is null || t.End - org.End < 2 ? t : t with { Name = t.Name[(org.End - t.Start)..], Start = org.End };
        }
    }

    /// <summary>An occurrence of 大模型 that is the tail of 讯飞星火大模型 written out elsewhere is that term, not a new one.</summary>
    private static List<Found> DropTails(string text, IEnumerable<Found> terms)
    {
        var list = terms.ToList();
        return list.Where(t => !list.Any(u => u.Name.Length > t.Name.Length && u.Name.EndsWith(t.Name, StringComparison.Ordinal) &&
                                              t.End - u.Name.Length >= 0 && string.CompareOrdinal(text, t.End - u.Name.Length, u.Name, 0, u.Name.Length) == 0))
            .ToList();
    }

    /// <summary>
    /// Technology terms written bare (工业大模型) after the article named them with a Latin or quoted tag
    /// (“岳麓”工业大模型, GuanLan-2多模态大模型) are renamed to the tagged name.
    /// </summary>
    private static (List<Found> Techs, Dictionary<string, SortedSet<string>> Aliases) FoldIntoTaggedNames(List<Found> techs)
    {
        var tagged = techs.Where(t => t.Name.StartsWith('“') || t.Name.Length > 0 && Text.IsLatinOrDigit(t.Name[0]) && t.Name.Any(Text.IsHan))
            .Select(t => t.Name).Distinct(StringComparer.Ordinal).ToList();
        var aliases = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var folded = techs.Select(t =>
        {
            var owners = tagged.Where(u => u != t.Name && t.Name.Length >= 3 && TagTail(u) == t.Name).ToList();
            if (owners.Count != 1)
            {
                return t;
            }

            var key = Text.NormalizeName(owners[0]);
            (aliases.TryGetValue(key, out var set) ? set : aliases[key] = new SortedSet<string>(StringComparer.Ordinal)).Add(Text.NormalizeName(t.Name));
            return t with { Name = owners[0] };
        }).ToList();
        return (folded, aliases);
    }

    /// <summary>The term after its tag: “岳麓”工业大模型 → 工业大模型, GuanLan-2多模态大模型 → 多模态大模型.</summary>
    private static string TagTail(string name)
    {
        if (name.StartsWith('“'))
        {
            var close = name.IndexOf('”');
            return close > 0 ? name[(close + 1)..] : name;
        }

        var i = 0;
        while (i < name.Length && !Text.IsHan(name[i]))
        {
            i++;
        }

        return name[i..];
    }

    /// <summary>The first paragraph that is not a photo caption (图为…, 图片…): where the report's lead sits.</summary>
    private static (int Start, int End) LeadParagraph(string body, int offset)
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
            if (!(para.StartsWith("图为") || para.StartsWith("图片") || para.StartsWith("图:") || para.StartsWith("(图") || para.StartsWith("摄影")))
            {
                return (offset + start, offset + end);
            }

            start = end + 1;
        }

        return (offset, offset + body.Length);
    }

    private static bool Inside(Found f, IReadOnlyList<Found> spans) => spans.Any(o => f.Start >= o.Start && f.End <= o.End);

    private static readonly string[] NotSectorWords = ["平台", "采集", "传输", "制作", "技术", "系统", "服务", "应用", "研发"];

    private static void AddAnnotated(string text, ImmutableArray<string> items, EntityKind kind, List<Found> found)
    {
        var fromText = found.ToList();
        foreach (var raw in items.OrderBy(i => i.Length).ThenBy(i => i, StringComparer.Ordinal))
        {
            var item = Text.NormalizeName(Text.FoldWidth(raw));
            if (item.Length < 2 || fromText.Any(f => f.Name.Contains(item, StringComparison.Ordinal)) ||
                kind == EntityKind.Industry && NotSectorWords.Any(w => item.Contains(w, StringComparison.Ordinal)) && !item.EndsWith('业'))
            {
                continue;
            }

            var at = text.IndexOf(item, StringComparison.Ordinal);
            if (kind == EntityKind.Industry && !item.EndsWith("产业", StringComparison.Ordinal) && text.Contains(item + "产业", StringComparison.Ordinal))
            {
                item += "产业";
                at = text.IndexOf(item, StringComparison.Ordinal);
            }

            if (at < 0 && item.EndsWith("技术", StringComparison.Ordinal) && item.Length > 4)
            {
                item = item[..^2];
                at = text.IndexOf(item, StringComparison.Ordinal);
            }

            if (at >= 0 && !found.Any(f => f.Name == item))
            {
                found.RemoveAll(f => item.Contains(f.Name, StringComparison.Ordinal) && f.Start >= at && f.End <= at + item.Length);
                found.Add(new Found(kind, item, at, at + item.Length));
            }
        }
    }

    /// <summary>
    /// Short forms an article declares or implies for an organization it names in full: X（以下简称“Y”）, and a name
    /// that is the tail of a longer one in the same article (省人大常委会 after 四川省人大常委会).
    /// </summary>
    private static List<Found> FoldDeclaredAndTailForms(string text, List<Found> orgs, Dictionary<string, SortedSet<string>> aliases)
    {
        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var o in orgs)
        {
            var at = o.End;
            if (at < text.Length && text[at] == '(')
            {
                var close = text.IndexOf(')', at);
                if (close > at && close - at < 24)
                {
                    var inside = text[(at + 1)..close];
                    foreach (var lead in new[] { "以下简称", "下称", "简称" })
                    {
                        if (inside.StartsWith(lead, StringComparison.Ordinal))
                        {
                            var shortForm = Text.NormalizeName(inside[lead.Length..]);
                            if (shortForm.Length >= 2 && shortForm != o.Name)
                            {
                                renames[shortForm] = o.Name;
                            }

                            break;
                        }
                    }
                }
            }
        }

        var names = orgs.Select(o => o.Name).Distinct(StringComparer.Ordinal).ToList();
        foreach (var a in names)
        {
            var longer = names.Where(b => b.Length > a.Length && a.Length >= 4 && b.EndsWith(a, StringComparison.Ordinal)).ToList();
            if (longer.Count == 1 && !renames.ContainsKey(a))
            {
                renames[a] = longer[0];
            }
        }

        var result = new List<Found>(orgs.Count);
        foreach (var o in orgs)
        {
            if (renames.TryGetValue(o.Name, out var full))
            {
                (aliases.TryGetValue(full, out var set) ? set : aliases[full] = new SortedSet<string>(StringComparer.Ordinal)).Add(o.Name);
                result.Add(o with { Name = full, Kind = orgs.First(x => x.Name == full || renames.GetValueOrDefault(x.Name) == full).Kind });
            }
            else
            {
                result.Add(o);
            }
        }

        // Declared short forms that the recognizers did not see as names (以下简称“省大数据局”) still count where written.
        foreach (var (shortForm, full) in renames)
        {
            for (var i = text.IndexOf(shortForm, StringComparison.Ordinal); i >= 0; i = text.IndexOf(shortForm, i + shortForm.Length, StringComparison.Ordinal))
            {
                if (!result.Any(r => i < r.End && r.Start < i + shortForm.Length))
                {
                    result.Add(new Found(result.First(r => r.Name == full).Kind, full, i, i + shortForm.Length));
                    (aliases.TryGetValue(full, out var set) ? set : aliases[full] = new SortedSet<string>(StringComparer.Ordinal)).Add(shortForm);
                }
            }
        }

        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    /// <summary>A company found on its own under a short form of a full name in the same article (齐鲁云算 listed after 齐鲁云算科技集团有限公司) is that company.</summary>
    private List<Found> FoldCompanyShortForms(List<Found> orgs, Dictionary<string, SortedSet<string>> aliases)
    {
        var fulls = orgs.Where(o => o.Kind == EntityKind.Company).Select(o => o.Name).Distinct(StringComparer.Ordinal).ToList();
        var owner = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var full in fulls)
        {
            foreach (var form in ShortForms(full))
            {
                if (form != full && fulls.Contains(form))
                {
                    owner[form] = owner.TryGetValue(form, out var other) && other != full ? "" : full;
                }
            }
        }

        return orgs.Select(o =>
        {
            if (owner.TryGetValue(o.Name, out var full) && full.Length > 0)
            {
                (aliases.TryGetValue(full, out var set) ? set : aliases[full] = new SortedSet<string>(StringComparer.Ordinal)).Add(o.Name);
                return o with { Name = full };
            }

            return o;
        }).ToList();
    }

    /// <summary>Short forms a company may be called by in the same article: the name without its place and legal form, and its core brand.</summary>
    internal IEnumerable<string> ShortForms(string name)
    {
        var core = name;
        foreach (var s in LegalSuffixes)
        {
            if (core.EndsWith(s, StringComparison.Ordinal) && core.Length > s.Length + 1)
            {
                core = core[..^s.Length];
                break;
            }
        }

        var noPlace = StripPlace(core);
        if (noPlace.Length >= 2 && noPlace != name)
        {
            yield return noPlace;
        }

        var brand = noPlace;
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var d in Descriptors)
            {
                if (brand.EndsWith(d, StringComparison.Ordinal) && brand.Length - d.Length >= 2)
                {
                    brand = brand[..^d.Length];
                    changed = true;
                }
            }

            var p = brand.IndexOf('(');
            if (p > 0)
            {
                brand = brand[..p];
                changed = true;
            }
        }

        if (brand.Length >= 2 && brand != noPlace && !_lexicon.Locations.ContainsKey(brand))
        {
            yield return brand;
        }
    }

    private string StripPlace(string s)
    {
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var loc in _lexicon.LocationsLongestFirst)
            {
                if (s.StartsWith(loc, StringComparison.Ordinal) && s.Length - loc.Length >= 2)
                {
                    s = s[loc.Length..];
                    foreach (var suf in new[] { "省", "市", "区", "县" })
                    {
                        if (s.StartsWith(suf, StringComparison.Ordinal) && s.Length > 3)
                        {
                            s = s[1..];
                        }
                    }

                    changed = true;
                    break;
                }
            }
        }

        return s;
    }

    private static bool IsGovernment(Found org) => org.Kind == EntityKind.Organization && GovernmentEndings.Any(e => org.Name.EndsWith(e, StringComparison.Ordinal));

    /// <summary>Organization → term relations read sentence by sentence: each term goes to the nearest organization before it (or the one the sentence refers back to).</summary>
    private static IEnumerable<RelationMention> SentenceRelations(string text, List<Found> orgs, List<Found> terms, string type)
    {
        Found? previous = null;
        var start = 0;
        while (start < text.Length)
        {
            var end = start;
            while (end < text.Length && text[end] is not ('。' or '\n' or '!' or '?' or ';'))
            {
                end++;
            }

            var inSentence = orgs.Where(o => o.Start >= start && o.End <= end && !IsGovernment(o)).ToList();
            var sentenceTerms = terms.Where(t => t.Start >= start && t.End <= end).ToList();
            var refersBack = inSentence.Count == 0 && previous is not null && ContainsAny(text, start, end, "公司", "企业", "该", "其", "集团", "团队");
            var cue = ContainsAny(text, start, end, type == RelationshipTypes.Develops ? DevelopCues : IndustryCues);
            foreach (var term in sentenceTerms)
            {
                var name = Text.NormalizeName(term.Name);
                if (type == RelationshipTypes.InIndustry)
                {
                    // A sector sentence (…企业/产业/领域) puts every business it lists in that sector.
                    if (!cue)
                    {
                        continue;
                    }

                    foreach (var org in inSentence.Where(o => (o.Kind == EntityKind.Company || IsSectorBody(o)) && (SameClause(text, o, term) || InList(text, o))))
                    {
                        yield return new RelationMention(type, new EntityRef(org.Kind, org.Name), new EntityRef(term.Kind, name));
                    }

                    continue;
                }

                var developer = inSentence.LastOrDefault(o => o.End <= term.Start) ?? inSentence.FirstOrDefault() ?? (refersBack ? previous : null);
                if (developer is null || NonDeveloping.Any(e => developer.Name.EndsWith(e, StringComparison.Ordinal)))
                {
                    continue;
                }

                // The organization and the term in one clause, or a sentence that says the organization makes it;
                // a field as broad as 人工智能 needs a business in the term's own clause.
                var sameClause = inSentence.Contains(developer) && SameClause(text, developer, term);
                var umbrella = Umbrella.Contains(name);
                if (umbrella ? developer.Kind != EntityKind.Company || !ClauseHas(text, term, DevelopCues) : !(sameClause || cue))
                {
                    continue;
                }

                yield return new RelationMention(type, new EntityRef(developer.Kind, developer.Name), new EntityRef(term.Kind, name));
            }

            if (inSentence.Count > 0)
            {
                previous = inSentence[^1];
            }

            start = end + 1;
        }
    }

    /// <summary>Fields so broad that nearly every article names them.</summary>
    private static readonly HashSet<string> Umbrella = new(StringComparer.Ordinal)
    {
        "人工智能", "AI", "大数据", "大模型", "算力", "云计算", "物联网", "5G", "数字经济", "人工智能产业", "大数据产业", "数据产业", "数字化", "智能化", "信息化",
    };

    private static readonly string[] DevelopCues =
    [
        "研发", "打造", "推出", "突破", "攻关", "生产", "提供", "运用", "开发", "专注", "深耕", "自主", "核心技术", "产品", "演示", "展示", "研制", "制造",
        "技术", "平台", "项目", "成果", "首创", "领先", "前列", "布局", "建设", "研究", "服务",
    ];

    private static readonly string[] IndustryCues = ["企业", "产业", "领域", "行业", "赛道", "链主", "龙头", "集群", "基地"];

    /// <summary>Industry associations and alliances (…协会, …联盟) belong to the sector they are named after.</summary>
    private static bool IsSectorBody(Found org) => org.Name.EndsWith("协会", StringComparison.Ordinal) || org.Name.EndsWith("联盟", StringComparison.Ordinal) || org.Name.EndsWith("商会", StringComparison.Ordinal);

    /// <summary>The organization is an item of a 、-list (A、B、C等).</summary>
    private static bool InList(string text, Found org) =>
        org.End < text.Length && text[org.End] == '、' || org.Start > 0 && text[org.Start - 1] == '、';

    private static bool SameClause(string text, Found org, Found term)
    {
        var (a, b) = org.Start < term.Start ? (org.End, term.Start) : (term.End, org.Start);
        for (var i = a; i < b; i++)
        {
            if (text[i] is ',' or ';' or ':' or '。')
            {
                return false;
            }
        }

        return true;
    }

    private static readonly string[] NonDeveloping = ["协会", "学会", "联盟", "委员会", "商会", "联合会"];

    private static bool ClauseHas(string text, Found term, string[] words)
    {
        var s = term.Start;
        while (s > 0 && text[s - 1] is not (',' or ';' or ':' or '。' or '\n'))
        {
            s--;
        }

        var e = term.End;
        while (e < text.Length && text[e] is not (',' or ';' or ':' or '。' or '\n'))
        {
            e++;
        }

        return ContainsAny(text, s, e, words);
    }

    private static bool ContainsAny(string text, int start, int end, params string[] words) =>
        words.Any(w => text.IndexOf(w, start, end - start, StringComparison.Ordinal) >= 0);

    private IEnumerable<EventMention> BuildEvents(Article article, string text, (int, int) title, (int Start, int End) lead, List<Found> orgs, List<FoundPerson> people, IReadOnlyList<Found> locations)
    {
        var found = _events.Find(text, title, lead, article.Year);
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
                involved = orgs.Where(o => o.Start >= lead.Start && !IsGovernment(o)).ToList();
                var receivers = actors.Where(p => p.Positions.Any(pos => involved.Any(o => o.Name == pos.Org.Name)) ||
                        IsFullMention(text, p) && ClauseHas(text, new Found(EntityKind.Person, p.Name, p.Start, p.End), ["接待", "介绍"]))
                    .Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
                var visitors = actors.Where(p => !receivers.Contains(p.Name) &&
                        (p.Start >= ev.SentenceStart && p.Start < ev.SentenceEnd || SentenceHas(text, p.Start, "陪同", "参加", "一行", "带领", "率队")))
                    .ToList();
                participants = visitors.Select(p => p.Name).Distinct(StringComparer.Ordinal).ToList();
                leadName = visitors.FirstOrDefault(p => p.Start >= ev.SentenceStart && p.Start < ev.SentenceEnd && !AccompanyClause(text, p))?.Name ?? "";
            }
            else
            {
                var (s, e) = ev.Type is EventTypes.Signing or EventTypes.Launch ? (ev.SentenceStart, ev.SentenceEnd) : lead;
                involved = orgs.Where(o => o.Start >= s && o.End <= e).ToList();
                participants = actors.Select(p => p.Name).Distinct(StringComparer.Ordinal).ToList();
                leadName = actors.FirstOrDefault(p => p.Start >= ev.SentenceStart && p.Start < ev.SentenceEnd)?.Name ?? "";
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

    /// <summary>陪同 / 参加 in the clause that holds the name (…，副省长吴海陪同).</summary>
    private static bool AccompanyClause(string text, FoundPerson p) =>
        ClauseHas(text, new Found(EntityKind.Person, p.Name, p.Start, p.End), ["陪同", "参加", "一同"]);

    private static bool IsFullMention(string text, FoundPerson p) =>
        p.End - p.Start == p.Name.Length && string.CompareOrdinal(text, p.Start, p.Name, 0, p.Name.Length) == 0;

    private static bool IsInByline(string text, int at)
    {
        var open = text.LastIndexOf('(', at);
        var close = text.IndexOf(')', at);
        return open >= 0 && close > at && close - open <= 60 && text.IndexOf(')', open) >= at;
    }

    private static bool SentenceHas(string text, int at, params string[] words)
    {
        var (s, e) = EventRecognizer.SentenceAround(text, at);
        // Clause scope: 陪同 / 参加 belong to the clause that holds the name.
        return ContainsAny(text, s, e, words);
    }
}
