using System.Collections.Immutable;
using Graph.Extraction;

namespace Graph.Resolution;

/// <summary>One real-world entity: its kind, canonical (fullest) name and every other surface form.</summary>
public sealed record ResolvedEntity(EntityKind Kind, string Name, ImmutableArray<string> Aliases);

/// <summary>
/// Corpus-wide entity resolution. Companies and organizations written differently are one entity when their
/// normalized names are equal, when they are equal without the legal form (…科技公司 / …科技有限公司), or when an
/// article read one as the short form of the other (睿乐达 for 成都睿乐达机器人科技有限公司). The fullest form is the name.
/// A place-less form an article qualified (省科技厅 for 四川省科技厅) is an alias that joins nothing.
/// Technologies fold …技术 into the bare term when the corpus names it bare; industries fold …产业链 / …产业集群 into …产业.
/// Deterministic: the same mentions in any order give the same result.
/// </summary>
public sealed class EntityResolver
{
    private static readonly string[] LegalForms = ["集团股份有限公司", "集团有限公司", "股份有限公司", "有限责任公司", "有限公司", "集团公司", "公司", "集团"];

    private readonly Dictionary<(EntityKind, string), ResolvedEntity> _map;

    private EntityResolver(Dictionary<(EntityKind, string), ResolvedEntity> map) => _map = map;

    /// <summary>Resolves every mention of the corpus.</summary>
    public static EntityResolver Build(IEnumerable<ArticleExtraction> extractions)
    {
        var forms = new SortedSet<(EntityKind Kind, string Name)>();
        var links = new List<((EntityKind, string), (EntityKind, string))>();
        // 省科技厅 written in an article about 四川 names 四川省科技厅 there and another body elsewhere: such a place-less
        // form stays an alias of its body and joins nothing.
        var localAliases = new Dictionary<(EntityKind, string), SortedSet<string>>();
        foreach (var x in extractions)
        {
            foreach (var e in x.Entities)
            {
                var key = (Group(e.Kind), Normalize(e.Kind, e.Name));
                forms.Add(key);
                foreach (var a in e.Aliases)
                {
                    if (key.Item1 == EntityKind.Organization && PlaceQualifier.IsQualifiedForm(e.Name, a))
                    {
                        (localAliases.TryGetValue(key, out var local) ? local : localAliases[key] = new SortedSet<string>(StringComparer.Ordinal)).Add(Normalize(e.Kind, a));
                        continue;
                    }

                    var ak = (Group(e.Kind), Normalize(e.Kind, a));
                    forms.Add(ak);
                    links.Add((key, ak));
                }
            }

            foreach (var r in x.Relations)
            {
                forms.Add((Group(r.From.Kind), Normalize(r.From.Kind, r.From.Name)));
                forms.Add((Group(r.To.Kind), Normalize(r.To.Kind, r.To.Name)));
            }

            foreach (var ev in x.Events)
            {
                foreach (var p in ev.Participants)
                {
                    forms.Add((EntityKind.Person, Normalize(EntityKind.Person, p.Person)));
                }

                foreach (var o in ev.Involved)
                {
                    forms.Add((Group(o.Kind), Normalize(o.Kind, o.Name)));
                }

                foreach (var l in ev.Locations)
                {
                    forms.Add((EntityKind.Location, Normalize(EntityKind.Location, l)));
                }
            }
        }

        // Union-find over surface forms.
        var parent = forms.ToDictionary(f => f, f => f);
        (EntityKind, string) Find((EntityKind, string) f)
        {
            while (!parent[f].Equals(f))
            {
                parent[f] = parent[parent[f]];
                f = parent[f];
            }

            return f;
        }

        void Union((EntityKind, string) a, (EntityKind, string) b)
        {
            var ra = Find(a);
            var rb = Find(b);
            if (!ra.Equals(rb))
            {
                if (Comparer<(EntityKind, string)>.Default.Compare(ra, rb) < 0)
                {
                    parent[rb] = ra;
                }
                else
                {
                    parent[ra] = rb;
                }
            }
        }

        foreach (var (a, b) in links)
        {
            Union(a, b);
        }

        var byCore = new Dictionary<(EntityKind, string), (EntityKind, string)>();
        foreach (var f in forms)
        {
            if (f.Kind != EntityKind.Organization)
            {
                continue;
            }

            var core = StripLegalForm(f.Name);
            if (core.Length >= 2)
            {
                if (byCore.TryGetValue((f.Kind, core), out var other))
                {
                    Union(f, other);
                }
                else
                {
                    byCore[(f.Kind, core)] = f;
                }
            }
        }

        // X技术 is the technology X when the corpus also names X bare (人工智能技术 → 人工智能); a term only ever written
        // with 技术 (虚拟共生技术) keeps it.
        foreach (var f in forms)
        {
            if (f.Kind == EntityKind.Technology && IsTechnique(f.Name) && forms.Contains((f.Kind, f.Name[..^2])))
            {
                Union(f, (f.Kind, f.Name[..^2]));
            }
        }

        var clusters = forms.GroupBy(Find).ToList();
        var kinds = new Dictionary<(EntityKind, string), EntityKind>();
        foreach (var x in extractions)
        {
            foreach (var e in x.Entities)
            {
                kinds.TryAdd((Group(e.Kind), Normalize(e.Kind, e.Name)), e.Kind);
            }
        }

        var map = new Dictionary<(EntityKind, string), ResolvedEntity>();
        foreach (var cluster in clusters)
        {
            var members = cluster.Select(c => c.Name).ToList();
            var name = members.OrderBy(m => IsTechnique(m) && members.Contains(m[..^2]) ? 1 : 0).ThenByDescending(m => m.Length)
                .ThenBy(m => m, StringComparer.Ordinal).First();
            var group = cluster.Key.Item1;
            var kind = group;
            if (group == EntityKind.Organization)
            {
                var memberKinds = cluster.Select(c => kinds.TryGetValue(c, out var k) ? k : EntityKind.Organization).ToList();
                kind = memberKinds.Contains(EntityKind.Company) && !IsPublicBodyName(name) ? EntityKind.Company : EntityKind.Organization;
            }

            var local = cluster.SelectMany(c => localAliases.TryGetValue(c, out var l) ? l : []);
            var entity = new ResolvedEntity(kind, name, [.. members.Where(m => m != name).Concat(local).Distinct().Order(StringComparer.Ordinal)]);
            foreach (var c in cluster)
            {
                map[c] = entity;
            }
        }

        return new EntityResolver(map);
    }

    private static bool IsTechnique(string name) => name.Length > 4 && name.EndsWith("技术", StringComparison.Ordinal);

    private static bool IsPublicBodyName(string name) =>
        name.EndsWith("大学", StringComparison.Ordinal) || name.EndsWith("政府", StringComparison.Ordinal) || name.EndsWith("委员会", StringComparison.Ordinal);

    /// <summary>The resolved entity of a surface form seen in the corpus.</summary>
    public ResolvedEntity Resolve(EntityKind kind, string name) =>
        _map.TryGetValue((Group(kind), Normalize(kind, name)), out var e)
            ? e
            : throw new KeyNotFoundException($"{kind} '{name}' was not seen when the resolver was built.");

    public IEnumerable<ResolvedEntity> Entities => _map.Values.Distinct();

    /// <summary>Company and Organization resolve together (type errors forgiven, one node per real thing).</summary>
    private static EntityKind Group(EntityKind kind) => kind == EntityKind.Company ? EntityKind.Organization : kind;

    internal static string Normalize(EntityKind kind, string name)
    {
        var n = Text.NormalizeName(name);
        switch (kind)
        {
            case EntityKind.Technology when n is "AI" or "ai":
                return "人工智能";
            case EntityKind.Industry when n.EndsWith("经济产业链", StringComparison.Ordinal) || n.EndsWith("经济产业", StringComparison.Ordinal):
                return n[..(n.LastIndexOf("经济", StringComparison.Ordinal) + 2)];
            case EntityKind.Industry when n.EndsWith("集群", StringComparison.Ordinal) && n.Length > 4:
                return n[..^2];
            case EntityKind.Industry when n.EndsWith("产业链", StringComparison.Ordinal) && n.Length > 4:
                return n[..^1];
            case EntityKind.Industry when n.EndsWith("产业集群", StringComparison.Ordinal) && n.Length > 5:
                return n[..^2];
            default:
                return n;
        }
    }

    private static string StripLegalForm(string name)
    {
        foreach (var f in LegalForms)
        {
            if (name.EndsWith(f, StringComparison.Ordinal) && name.Length > f.Length + 1)
            {
                return name[..^f.Length];
            }
        }

        return name;
    }
}
