namespace Graph.Extraction;

/// <summary>Organization mentions once short forms are resolved: every span in text order (short forms included, named by the full name) and the short forms of each full name.</summary>
internal sealed record ResolvedOrganizations(List<Found> Spans, Dictionary<string, SortedSet<string>> Aliases);

/// <summary>
/// Short forms of organizations within one article (睿乐达 for 成都睿乐达机器人科技有限公司): declared ones
/// (以下简称…), tails of longer names, and the place-less and brand forms of company names wherever written.
/// </summary>
internal sealed class ShortForms
{
    private static readonly string[] LegalSuffixes = ["集团股份有限公司", "集团有限公司", "股份有限公司", "有限责任公司", "有限公司", "集团公司", "集团", "公司", "股份"];
    private static readonly string[] Descriptors =
    [
        "新材料", "半导体", "微电子", "光电子", "电机", "精密", "部件", "数智", "传感",
        "科技", "技术", "信息", "智能", "机器人", "系统集成", "集成", "系统", "电子", "网络", "数字", "数据", "软件", "投资", "控股", "实业", "发展",
        "工业", "设计", "集成电路", "电路", "宇航", "航空", "航天", "新能源", "能源", "材料", "医药", "生物", "检测", "服务", "文化", "传媒",
        "教育", "管理", "咨询", "贸易", "制造", "装备", "自动化", "汽车", "动力", "显示器件", "器件", "光电", "通信", "产业",
        "家电", "电器", "家居", "食品", "纺织", "机械", "液压", "电气", "储能", "锂能", "光伏", "环保", "物流", "重工", "化工", "药业",
        "酒业", "工程", "建设", "海洋", "互联网", "日用品", "用品", "制品", "再生金属", "金属", "超硬材料", "汽车电子", "视觉", "云", "餐饮管理", "餐饮", "体育", "精密机械",
    ];

    private readonly Lexicon _lexicon;

    public ShortForms(Lexicon lexicon) => _lexicon = lexicon;

    /// <summary>Folds declared, tail and company short forms into their full names and adds the spans where company short forms are written.</summary>
    public ResolvedOrganizations Resolve(string text, List<Found> orgs)
    {
        var aliases = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        // A company's short forms, worked out once per article and longest first (晋拓建设集团 before 晋拓建设 inside it).
        var formsOf = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        IReadOnlyList<string> Forms(string name) => formsOf.TryGetValue(name, out var known) ? known
            : formsOf[name] = Of(name).Distinct(StringComparer.Ordinal).OrderByDescending(a => a.Length).ThenBy(a => a, StringComparer.Ordinal).ToList();

        orgs = FoldDeclaredAndTailForms(text, orgs, aliases);
        orgs = FoldCompanyShortForms(orgs, aliases, Forms);
        var spans = new List<Found>(orgs);
        AddCompanyShortFormSpans(text, orgs, spans, aliases, Forms);
        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new ResolvedOrganizations(spans, aliases);
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

        // 中煤数智(全称中煤数智能源科技有限公司): a short form written first, its full name declared in parentheses.
        foreach (var o in orgs)
        {
            if (o.Start >= 4 && Text.EndsWithAt(text, o.Start, "(全称") && o.End < text.Length && text[o.End] == ')')
            {
                var open = o.Start - 3;
                var from = open;
                while (from > 0 && open - from < 8 && (Text.IsHan(text[from - 1]) || Text.IsLatinOrDigit(text[from - 1])))
                {
                    from--;
                }

                var shortForm = text[from..open];
                if (shortForm.Length >= 2 && shortForm.Take(2).All(c => o.Name.Contains(c)))
                {
                    renames[shortForm] = o.Name;
                }
            }
        }

        var names = orgs.Select(o => o.Name).Distinct(StringComparer.Ordinal).ToList();

        // 广东省政府, 温州市政府: the people's government of that place, written short (one body however it is named).
        foreach (var a in names)
        {
            if (a.Length >= 5 && a.EndsWith("政府", StringComparison.Ordinal) && !a.EndsWith("人民政府", StringComparison.Ordinal) && "省市区县州".Contains(a[^3]) &&
                !renames.ContainsKey(a))
            {
                renames[a] = a[..^2] + "人民政府";
            }
        }

        foreach (var a in names)
        {
            var longer = names.Where(b => b.Length > a.Length && a.Length >= 4 && b.EndsWith(a, StringComparison.Ordinal)).ToList();
            if (longer.Count == 1 && !renames.ContainsKey(a))
            {
                renames[a] = longer[0];
            }
        }

        // Renames can chain (a declared short form of a name that is itself the tail of a longer one): follow them to the end.
        string Final(string name)
        {
            for (var steps = 0; steps < 8 && renames.TryGetValue(name, out var next); steps++)
            {
                name = next;
            }

            return name;
        }

        EntityKind KindOf(string full) => orgs.FirstOrDefault(x => x.Name == full)?.Kind ?? EntityKind.Organization;

        var result = new List<Found>(orgs.Count);
        foreach (var o in orgs)
        {
            if (renames.ContainsKey(o.Name))
            {
                var full = Final(o.Name);
                aliases.AddAlias(full, o.Name);
                result.Add(o with { Name = full, Kind = KindOf(full) });
            }
            else
            {
                result.Add(o);
            }
        }

        // Declared short forms that the recognizers did not see as names (以下简称“省大数据局”) still count where written.
        foreach (var (shortForm, target) in renames)
        {
            var full = Final(target);
            for (var i = text.IndexOf(shortForm, StringComparison.Ordinal); i >= 0; i = text.IndexOf(shortForm, i + shortForm.Length, StringComparison.Ordinal))
            {
                if (!Spans.Overlaps(i, i + shortForm.Length, result))
                {
                    result.Add(new Found(KindOf(full), full, i, i + shortForm.Length));
                    aliases.AddAlias(full, shortForm);
                }
            }
        }

        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    /// <summary>A company found on its own under a short form of a full name in the same article (齐鲁云算 listed after 齐鲁云算科技集团有限公司) is that company.</summary>
    private static List<Found> FoldCompanyShortForms(List<Found> orgs, Dictionary<string, SortedSet<string>> aliases, Func<string, IReadOnlyList<string>> forms)
    {
        var fulls = orgs.Where(o => o.Kind == EntityKind.Company).Select(o => o.Name).Distinct(StringComparer.Ordinal).ToList();
        var owner = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var full in fulls)
        {
            foreach (var form in forms(full))
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
                aliases.AddAlias(full, o.Name);
                return o with { Name = full };
            }

            return o;
        }).ToList();
    }

    /// <summary>Every place a company's short form is written, outside other organization spans, counts as that company.</summary>
    private static void AddCompanyShortFormSpans(string text, List<Found> orgs, List<Found> spans, Dictionary<string, SortedSet<string>> aliases, Func<string, IReadOnlyList<string>> forms)
    {
        foreach (var org in orgs.Where(o => o.Kind == EntityKind.Company).Select(o => o.Name).Distinct(StringComparer.Ordinal).ToList())
        {
            foreach (var alias in forms(org))
            {
                if (alias == org)
                {
                    continue;
                }

                for (var i = text.IndexOf(alias, StringComparison.Ordinal); i >= 0; i = text.IndexOf(alias, i + alias.Length, StringComparison.Ordinal))
                {
                    var span = new Found(EntityKind.Company, org, i, i + alias.Length);
                    if (!Spans.Overlaps(span.Start, span.End, spans) && EndsCleanly(text, span.End, alias.Length))
                    {
                        spans.Add(span);
                        aliases.AddAlias(org, alias);
                    }
                }
            }
        }
    }

    private const string AfterShortName = "的是在将已与和及等也还为把被从向对就都正近今全新推发研表介说称成获入签共打开自于以并则均总董副首创携联作旗累主每目";

    /// <summary>A two-character short form is a name only where a word boundary follows it (高原 in 高原型储能 is not the company 高原光伏).</summary>
    private static bool EndsCleanly(string text, int end, int length) =>
        length > 2 || end >= text.Length || !Text.IsHan(text[end]) || AfterShortName.Contains(text[end]);

    /// <summary>Short forms a company may be called by in the same article: the name without its place and legal form, and its core brand.</summary>
    internal IEnumerable<string> Of(string name)
    {
        // 中国联通 for 中国联合网络通信集团有限公司: published short names of groups whose registered names do not hold them.
        foreach (var (shortName, registered) in _lexicon.BrandOfficialNames)
        {
            if (name.StartsWith(registered, StringComparison.Ordinal))
            {
                yield return shortName;
                if (!shortName.EndsWith("集团", StringComparison.Ordinal))
                {
                    yield return shortName + "集团";
                }
            }
        }

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
        if (noPlace.Length >= 2 && noPlace != name && !Descriptors.Contains(noPlace))
        {
            yield return noPlace;
            if (name.EndsWith("公司", StringComparison.Ordinal) && noPlace.Length >= 4)
            {
                yield return noPlace + "公司"; // 碳谷检测认证公司 for 鄂尔多斯市碳谷检测认证有限公司
            }
        }

        // 赣禾数农 for 赣禾数字农业: a brand and two trade words cut to their first characters.
        if (Contracted(noPlace) is { } contracted)
        {
            yield return contracted;
        }

        // Each descriptor taken off gives a form news uses (海岳智能装备 → 海岳智能 → 海岳).
        var brand = noPlace;
        var peeled = new List<string>();
        var changed = true;
        while (changed)
        {
            changed = false;
            var p = brand.IndexOf('(');
            if (p > 0)
            {
                brand = brand[..p];
                changed = true;
            }

            foreach (var d in Descriptors)
            {
                if (brand.EndsWith(d, StringComparison.Ordinal) && brand.Length - d.Length >= 2)
                {
                    brand = brand[..^d.Length];
                    peeled.Add(d);
                    changed = true;
                    if (brand != noPlace && !_lexicon.Locations.ContainsKey(brand))
                    {
                        yield return brand;
                        if (Contracted(brand) is { } shortBrand)
                        {
                            yield return shortBrand;
                        }

                        if (name.EndsWith("公司", StringComparison.Ordinal))
                        {
                            yield return brand + "公司"; // 锐拓公司 for 沈阳锐拓工业互联网有限公司
                        }

                        if (name.Contains("集团", StringComparison.Ordinal) && brand.Length >= 2)
                        {
                            yield return brand + "集团"; // 中国通衡集团 for 中国通衡信息产业集团有限公司
                        }
                    }

                    break;
                }
            }
        }

        // 瑞川液压, 瑞川科技 for 瑞川智能液压科技: the bare brand with one of the trade words taken off it.
        if (peeled.Count >= 2 && brand.Length >= 2 && !_lexicon.Locations.ContainsKey(brand))
        {
            foreach (var d in peeled.Take(peeled.Count - 1))
            {
                yield return brand + d;
            }
        }
    }

    /// <summary>A two-character brand followed by two two-character words, contracted to four characters (赣禾数字农业 → 赣禾数农); null otherwise.</summary>
    private static string? Contracted(string core) =>
        core.Length == 6 && core.All(Text.IsHan) && core.IndexOf('(') < 0 ? string.Concat(core.AsSpan(0, 2), core.AsSpan(2, 1), core.AsSpan(4, 1)) : null;

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
}
