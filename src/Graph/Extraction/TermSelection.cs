using System.Collections.Immutable;

namespace Graph.Extraction;

/// <summary>
/// Which recognized technology and industry terms an article really speaks of, and under what name: annotated
/// terms added, sector readings split off, organization names cut away, tails and bare forms folded, generic
/// terms kept only when salient.
/// </summary>
internal static class TermSelection
{
    private static readonly string[] SectorWords = ["产业", "行业", "领域", "集群", "板块", "赛道"];
    private static readonly string[] NotSectorWords = ["平台", "采集", "传输", "制作", "技术", "系统", "服务", "应用", "研发"];

    /// <summary>Adds the terms the article's annotations name where the text writes them (a longer annotated term replaces the shorter ones it covers).</summary>
    public static void AddAnnotated(string text, ImmutableArray<string> items, EntityKind kind, List<Found> found)
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

    /// <summary>Short generic terms (大数据, 机器人) count only when the article dwells on them: said twice, in the title or in the annotations.</summary>
    /// <summary>Broad terms (机器人, 新能源汽车, 算力…) that name a field rather than something an organization makes.</summary>
    private static readonly HashSet<string> Broad = new(["机器人", "新能源汽车", "智能网联汽车", "集成电路", "半导体", "激光", "光伏", "氢能", "大模型", "算力"], StringComparer.Ordinal);

    public static List<Found> KeepSalient(string text, string title, ImmutableArray<string> annotated, IEnumerable<Found> terms) =>
        terms.Where(t => !(t.Kind == EntityKind.Technology && Broad.Contains(t.Name) && !title.Contains(t.Name, StringComparison.Ordinal) &&
                           !annotated.Any(a => a == t.Name) && Text.CountOccurrences(text, t.Name) < 3))
            .Where(t => t.Name.Length > 3 || t.Kind == EntityKind.Industry && (t.Name.EndsWith('业') || t.Name.EndsWith("经济", StringComparison.Ordinal) || Clauses.InList(text, t)) ||
                         Text.CountOccurrences(text, t.Name) >= 2 || title.Contains(t.Name, StringComparison.Ordinal) ||
                         annotated.Any(a => a.Contains(t.Name, StringComparison.Ordinal)))
            .ToList();

    /// <summary>
    /// A term both a technique and a sector (新能源汽车, 集成电路) is the sector where its clause speaks of sectors
    /// (…等产业, …领域, …企业) and the technique elsewhere.
    /// </summary>
    public static List<Found> WithoutSectorUses(string text, List<Found> techs, List<Found> industries)
    {
        var industryNames = industries.Select(i => i.Name).ToHashSet(StringComparer.Ordinal);
        return techs.Where(t => !(industryNames.Contains(t.Name) && Clauses.ClauseHas(text, t, SectorWords))).ToList();
    }

    /// <summary>乐聚全尺寸机器人 → 全尺寸机器人 when 乐聚 is an organization's name.</summary>
    public static IEnumerable<Found> CutAfterOrgs(List<Found> terms, List<Found> orgs)
    {
        foreach (var t in terms)
        {
            var org = orgs.FirstOrDefault(o => o.Start == t.Start && o.End < t.End);
            yield return org is null || t.End - org.End < 2 ? t : t with { Name = t.Name[(org.End - t.Start)..], Start = org.End };
        }
    }

    /// <summary>An occurrence of 大模型 that is the tail of 讯飞星火大模型 written out elsewhere is that term, not a new one.</summary>
    public static List<Found> DropTails(string text, IEnumerable<Found> terms)
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
    public static (List<Found> Techs, Dictionary<string, SortedSet<string>> Aliases) FoldIntoTaggedNames(List<Found> techs)
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
            aliases.AddAlias(key, Text.NormalizeName(t.Name));
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

    /// <summary>国家级生物医药产业, 省级…: a level names no sector of its own.</summary>
    private static readonly string[] LevelPrefixes = [.. PlaceQualifier.LevelWords, "国家"];

    private static readonly HashSet<string> GenericSectors = new(["产业", "行业", "特色产业", "优势产业", "主导产业"], StringComparer.Ordinal);


    /// <summary>
    /// 石狮纺织服装产业, 丹阳眼镜产业: a sector is one node whatever town names it, so a leading place the article itself
    /// writes as a county or city (石狮市, 丹阳市, 郓城县), a level (国家级) or what stands before a plus (人工智能+制造业)
    /// is dropped from an industry's name.
    /// </summary>
    public static List<Found> BareSectors(string text, List<Found> industries)
    {
        var places = PlaceQualifier.WrittenTowns(text, '市').Concat(PlaceQualifier.WrittenTowns(text, '县'))
            .OrderBy(kv => kv.Value.First).Select(kv => kv.Key).ToList();

        return industries.Select(t =>
        {
            var place = places.FirstOrDefault(p => t.Name.Length - p.Length >= 2 && t.Name.StartsWith(p, StringComparison.Ordinal)) ??
                        LevelPrefixes.FirstOrDefault(p => t.Name.Length - p.Length >= 2 && t.Name.StartsWith(p, StringComparison.Ordinal));
            // 人工智能+制造业: the sector is the one after the plus.
            var plus = t.Name.LastIndexOf('+');
            var cut = plus >= 0 && t.Name.Length - plus - 1 >= 2 ? plus + 1 : place?.Length ?? 0;
            return cut == 0 ? t : new Found(t.Kind, t.Name[cut..], t.Start + cut, t.End);
        }).Where(t => !GenericSectors.Contains(t.Name)).ToList();
    }
}
