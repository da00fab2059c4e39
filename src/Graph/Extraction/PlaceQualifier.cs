namespace Graph.Extraction;

/// <summary>
/// 省科技厅, 市数据局, 区委: a public body an article names without its place is the one of the article's own
/// province or town. Qualified (四川省科技厅, 宜昌市数据局), it stays apart from its namesakes in other articles; the
/// form the article wrote is kept as an alias, which resolution does not use to join nodes.
/// </summary>
internal sealed class PlaceQualifier
{
    private static readonly HashSet<string> NotTowns = new(
        ["城市", "都市", "超市", "上市", "门市", "夜市", "股市", "全市", "我市", "本市", "该市", "各市", "全县", "我县", "本县", "各县", "全区", "我区", "本区",
         "该区", "各区", "园区", "城区", "市区", "郊区", "辖区", "地区", "山区", "牧区", "矿区", "老区", "社区", "景区", "片区", "港区", "厂区", "校区", "新区", "湾区", "试验区",
         "示范区", "开发区", "自贸区", "保税区", "功能区", "集聚区", "先行区", "核心区", "起步区", "产业区"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> Municipalities = new(["北京", "天津", "上海", "重庆"], StringComparer.Ordinal);

    private readonly Lexicon _lexicon;

    public PlaceQualifier(Lexicon lexicon) => _lexicon = lexicon;

    /// <summary>Levels (省级技术创新中心, 国家级实验室): words that describe a kind of body, no place.</summary>
    public static readonly string[] LevelWords = ["省级", "市级", "县级", "区级", "国家级", "部级"];

    /// <summary>Whether a body's name begins with its level word only (省…, 市…, 区…, 县…).</summary>
    public static bool IsPlaceless(string name) =>
        name.Length >= 2 && name[0] is '省' or '市' or '区' or '县' && !name.StartsWith("市场", StringComparison.Ordinal) &&
        !LevelWords.Any(l => name.StartsWith(l, StringComparison.Ordinal));

    /// <summary>
    /// The organizations with every place-less public body renamed after the article's province (省…) or its most
    /// named town of that level (市…, 区…, 县…), the written form kept as an alias; and the renames (written → qualified).
    /// </summary>
    public (ResolvedOrganizations Orgs, Dictionary<string, string> Renames) Qualify(string text, ResolvedOrganizations orgs, IReadOnlyList<Found> locations)
    {
        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!orgs.Spans.Any(o => o.Kind == EntityKind.Organization && IsPlaceless(o.Name)))
        {
            return (orgs, renames);
        }

        // A municipality (重庆, 北京) has no 省 bodies: a 省… body there names another province.
        var province = Province(locations) is { } p && !Municipalities.Contains(p) ? p : null;
        var towns = new Dictionary<char, string?>
        {
            ['省'] = province,
            ['市'] = Town(text, '市'),
            ['区'] = Town(text, '区'),
            ['县'] = Town(text, '县'),
        };
        var spans = new List<Found>(orgs.Spans.Count);
        foreach (var o in orgs.Spans)
        {
            if (o.Kind == EntityKind.Organization && IsPlaceless(o.Name) && towns[o.Name[0]] is { } place)
            {
                renames[o.Name] = place + o.Name;
                spans.Add(o with { Name = place + o.Name });
            }
            else
            {
                spans.Add(o);
            }
        }

        var aliases = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var (owner, forms) in orgs.Aliases)
        {
            foreach (var form in forms)
            {
                aliases.AddAlias(renames.GetValueOrDefault(owner, owner), form);
            }
        }

        foreach (var (written, qualified) in renames)
        {
            aliases.AddAlias(qualified, written);
        }

        return (new ResolvedOrganizations(spans, aliases), renames);
    }

    /// <summary>People whose titles name a renamed body, with the body under its new name.</summary>
    public static List<FoundPerson> Rename(List<FoundPerson> people, Dictionary<string, string> renames) =>
        renames.Count == 0 ? people
            : people.Select(p => p.Positions.Any(pos => renames.ContainsKey(pos.Org.Name))
                ? p with { Positions = [.. p.Positions.Select(pos => renames.TryGetValue(pos.Org.Name, out var n) ? (pos.Title, pos.Org with { Name = n }) : pos)] }
                : p).ToList();

    /// <summary>省科技厅 of 四川省科技厅: the written form a qualified name ends with (joins no other body).</summary>
    public static bool IsQualifiedForm(string name, string alias) =>
        IsPlaceless(alias) && !IsPlaceless(name) && name.Length > alias.Length && name.EndsWith(alias, StringComparison.Ordinal);

    /// <summary>The province the article names most, directly or through its cities (the first named on a tie).</summary>
    private string? Province(IReadOnlyList<Found> locations)
    {
        var counts = new Dictionary<string, (int Count, int First)>(StringComparer.Ordinal);
        foreach (var l in locations)
        {
            var province = _lexicon.Locations.TryGetValue(l.Name, out var provincial) && provincial ? l.Name
                : _lexicon.ProvinceOf.TryGetValue(l.Name, out var p) ? p
                : null;
            if (province is not null)
            {
                counts[province] = counts.TryGetValue(province, out var c) ? (c.Count + 1, c.First) : (1, l.Start);
            }
        }

        return counts.Count == 0 ? null : counts.OrderByDescending(kv => kv.Value.Count).ThenBy(kv => kv.Value.First).First().Key;
    }

    /// <summary>The town written most often as two or three characters and <paramref name="level"/> (永康 of 永康市, 合川 of 合川区), the first on a tie.</summary>
    private static string? Town(string text, char level) =>
        WrittenTowns(text, level).OrderByDescending(kv => kv.Value.Count).ThenBy(kv => kv.Value.First).Select(kv => kv.Key).FirstOrDefault();

    /// <summary>
    /// The towns an article writes with <paramref name="level"/> (市, 区, 县): two or three characters after a
    /// non-name character, a higher division (四川省宜宾市 gives 宜宾) or a preposition (在萝北县), not a word (城市,
    /// 市场, 园区); with how often and where first.
    /// </summary>
    internal static Dictionary<string, (int Count, int First)> WrittenTowns(string text, char level)
    {
        var counts = new Dictionary<string, (int Count, int First)>(StringComparer.Ordinal);
        for (var i = 2; i < text.Length; i++)
        {
            // 市场, 区域, 县域: words, not towns.
            if (text[i] != level || i + 1 < text.Length && text[i + 1] is '场' or '域' or '值' or '民' or '级')
            {
                continue;
            }

            foreach (var len in new[] { 3, 2 })
            {
                var at = i - len;
                if (at < 0 || !Enumerable.Range(at, len).All(k => Text.IsHan(text[k])) || NotTowns.Contains(text.Substring(at, len + 1)) || "省市区州县".Contains(text[at]) ||
                    at > 0 && Text.IsHan(text[at - 1]) && !"省市区州盟在到于的和与及赴是从对向".Contains(text[at - 1]))
                {
                    continue;
                }

                var town = text.Substring(at, len);
                counts[town] = counts.TryGetValue(town, out var c) ? (c.Count + 1, c.First) : (1, at);
                break;
            }
        }

        return counts;
    }
}
