using Graph.Model;

namespace Graph.Extraction;

/// <summary>
/// The relationships one article states: HOLDS_POSITION from title chains, LOCATED_IN from the place an
/// organization's name starts with, DEVELOPS (<see cref="DevelopsReader"/>), and IN_INDUSTRY from sector sentences,
/// associations named after a sector and companies whose name holds one.
/// </summary>
internal sealed class RelationRules
{
    private static readonly string[] GovernmentEndings = ["政府", "委", "厅", "局", "人大", "常委会", "党工委", "办", "办公室", "办公厅", "署", "部", "政协", "委员会", "管委会"];

    private static readonly string[] IndustryCues = ["企业", "产业", "领域", "行业", "赛道", "链主", "龙头", "集群", "基地"];

    private static readonly string[] ScholarTitles = ["院士", "教授", "研究员", "专家", "博士", "学者", "副教授"];

    private readonly LocationRecognizer _locations;

    public RelationRules(LocationRecognizer locations) => _locations = locations;

    /// <summary>
    /// All relations of the article in a fixed order: positions, locations, DEVELOPS, IN_INDUSTRY, sector bodies.
    /// A place an organization's name starts with that the article's entities lack is added to <paramref name="entities"/>.
    /// </summary>
    public List<RelationMention> Find(string text, List<EntityMention> entities, List<Found> orgs, List<FoundPerson> people, List<Found> techs, List<Found> industries)
    {
        var relations = new List<RelationMention>();
        relations.AddRange(Positions(people));
        AddLocatedIn(entities, relations);
        // A body named only inside a scholar's title (中国科学院院士X, X大学教授Y作报告) develops nothing in that
        // sentence; a head's title (研究院院长X介绍了…) still names the body that speaks.
        var inTitles = people.SelectMany(p => p.Positions).Where(pos => ScholarTitles.Any(t => pos.Title.EndsWith(t, StringComparison.Ordinal))).Select(pos => pos.Org.Start).ToHashSet();
        var titleOnly = orgs.Where(o => o.Kind == EntityKind.Organization).GroupBy(o => o.Name)
            .Where(g => g.All(o => inTitles.Contains(o.Start))).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        relations.AddRange(DevelopsReader.Read(text, orgs.Where(o => !titleOnly.Contains(o.Name)).ToList(), techs, Speakers(text, people, orgs)));
        relations.AddRange(SectorSentences(text, orgs, industries));
        relations.AddRange(SectorBodies(orgs, industries));
        relations.AddRange(SectorInName(orgs, industries));
        return relations;
    }

    /// <summary>The company right after a 作为…企业, clause that holds the term.</summary>
    private static Found? AppositiveSubject(string text, int sentenceStart, Found term, List<Found> inSentence)
    {
        var at = text.IndexOf("作为", sentenceStart, Math.Min(6, text.Length - sentenceStart), StringComparison.Ordinal);
        if (at < 0 || term.Start < at)
        {
            return null;
        }

        var comma = text.IndexOf(',', at);
        if (comma < 0 || comma < term.End || !Text.EndsWithAnyAt(text, comma, ["企业", "龙头", "链主", "代表", "公司"]))
        {
            return null;
        }

        return inSentence.FirstOrDefault(o => o.Start > comma && o.Start <= comma + 2 && o.Kind == EntityKind.Company);
    }

    /// <summary>A body whose name ends like a government office (…政府, …委, …局).</summary>
    public static bool IsGovernment(Found org) => org.Kind == EntityKind.Organization && GovernmentEndings.Any(e => org.Name.EndsWith(e, StringComparison.Ordinal));

    /// <summary>Industry associations and alliances (…协会, …联盟) belong to the sector they are named after.</summary>
    private static bool IsSectorBody(Found org) => org.Name.EndsWith("协会", StringComparison.Ordinal) || org.Name.EndsWith("联盟", StringComparison.Ordinal) || org.Name.EndsWith("商会", StringComparison.Ordinal);

    /// <summary>Every place the name of a person whose title names a business or institute is written, with that body (as resolved).</summary>
    private static List<(int Start, int End, Found Org)> Speakers(string text, List<FoundPerson> people, List<Found> orgs)
    {
        var bodyOf = new Dictionary<string, Found>(StringComparer.Ordinal);
        foreach (var p in people)
        {
            foreach (var (_, org) in p.Positions)
            {
                var resolved = orgs.FirstOrDefault(o => o.Start == org.Start) ?? org;
                if (!IsGovernment(resolved))
                {
                    bodyOf.TryAdd(p.Name, resolved);
                }
            }
        }

        // Later mentions are often the bare name (彭某表示…): every place the name is written counts.
        var mentions = new List<(int Start, int End, Found Org)>();
        foreach (var (name, org) in bodyOf)
        {
            for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
            {
                mentions.Add((at, at + name.Length, org));
            }
        }

        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        return mentions;
    }

    private static IEnumerable<RelationMention> Positions(List<FoundPerson> people)
    {
        foreach (var p in people)
        {
            foreach (var (t, org) in p.Positions)
            {
                yield return new RelationMention(RelationshipTypes.HoldsPosition, new EntityRef(EntityKind.Person, p.Name), new EntityRef(org.Kind, org.Name), t);
            }
        }
    }

    private void AddLocatedIn(List<EntityMention> entities, List<RelationMention> relations)
    {
        foreach (var org in entities.Where(e => e.Kind is EntityKind.Company or EntityKind.Organization).ToList())
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
    }

    /// <summary>IN_INDUSTRY from sector sentences (…企业/产业/领域): every business the sentence lists in the term's clause or list, and the subject of a 作为…企业 appositive.</summary>
    private static IEnumerable<RelationMention> SectorSentences(string text, List<Found> orgs, List<Found> industries)
    {
        foreach (var (start, end) in Clauses.Sentences(text))
        {
            if (!Clauses.ContainsAny(text, start, end, IndustryCues))
            {
                continue;
            }

            var inSentence = orgs.Where(o => o.Start >= start && o.End <= end && !IsGovernment(o)).ToList();
            foreach (var term in industries.Where(t => t.Start >= start && t.End <= end))
            {
                var name = Text.NormalizeName(term.Name);
                foreach (var org in inSentence.Where(o => (o.Kind == EntityKind.Company || IsSectorBody(o)) && (Clauses.SameClause(text, o, term) || Clauses.InList(text, o))))
                {
                    yield return new RelationMention(RelationshipTypes.InIndustry, new EntityRef(org.Kind, org.Name), new EntityRef(term.Kind, name));
                }

                // 作为…新能源汽车产业链上的重点企业，X公司…: the appositive puts the subject in the sector.
                if (AppositiveSubject(text, start, term, inSentence) is { } subjectFirm)
                {
                    yield return new RelationMention(RelationshipTypes.InIndustry, new EntityRef(subjectFirm.Kind, subjectFirm.Name), new EntityRef(term.Kind, name));
                }
            }
        }
    }

    /// <summary>A company whose name holds a sector the article speaks of (X超硬材料有限公司 and 超硬材料产业) is in that sector.</summary>
    private static IEnumerable<RelationMention> SectorInName(List<Found> orgs, List<Found> industries)
    {
        var sectors = industries.Select(i => Text.NormalizeName(i.Name)).Distinct(StringComparer.Ordinal).ToList();
        foreach (var firm in orgs.Where(o => o.Kind == EntityKind.Company).DistinctBy(o => o.Name))
        {
            foreach (var sector in sectors)
            {
                var core = sector.EndsWith("产业", StringComparison.Ordinal) || sector.EndsWith("行业", StringComparison.Ordinal) ? sector[..^2] : sector;
                if (core.Length >= 2 && firm.Name.Contains(core, StringComparison.Ordinal))
                {
                    yield return new RelationMention(RelationshipTypes.InIndustry, new EntityRef(firm.Kind, firm.Name), new EntityRef(EntityKind.Industry, sector));
                }
            }
        }
    }

    /// <summary>An association named after an industry the article speaks of (…机器人产业联盟 and 机器人产业) is in that industry.</summary>
    private static IEnumerable<RelationMention> SectorBodies(List<Found> orgs, List<Found> industries)
    {
        foreach (var sector in orgs.Where(IsSectorBody).DistinctBy(o => o.Name))
        {
            foreach (var ind in industries.Select(i => Text.NormalizeName(i.Name)).Distinct(StringComparer.Ordinal))
            {
                var core = ind.EndsWith("产业", StringComparison.Ordinal) ? ind[..^2] : ind;
                if (core.Length >= 2 && sector.Name.Contains(core, StringComparison.Ordinal))
                {
                    yield return new RelationMention(RelationshipTypes.InIndustry, new EntityRef(sector.Kind, sector.Name), new EntityRef(EntityKind.Industry, ind));
                }
            }
        }
    }
}
