using Graph.Reading;

namespace Graph.Extraction;

/// <summary>
/// The rule extractor for government and industry news: organizations, people with titles, technologies,
/// industries, locations, events and the relationships between them, read from one article.
/// Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Ordered stages: recognize mentions, resolve organization short forms, select terms, collect entities,
/// read relations, assemble events. Each stage is its own type.
/// </remarks>
public sealed class GenreExtractor : IArticleExtractor
{
    private readonly OrganizationRecognizer _orgs;
    private readonly PersonRecognizer _people;
    private readonly TermRecognizer _terms;
    private readonly LocationRecognizer _locations;
    private readonly ShortForms _shortForms;
    private readonly PlaceQualifier _places;
    private readonly RelationRules _relations;
    private readonly EventAssembler _events = new();

    public GenreExtractor(Lexicon lexicon)
    {
        _orgs = new OrganizationRecognizer(lexicon);
        _people = new PersonRecognizer(lexicon);
        _terms = new TermRecognizer(lexicon);
        _locations = new LocationRecognizer(lexicon);
        _shortForms = new ShortForms(lexicon);
        _places = new PlaceQualifier(lexicon);
        _relations = new RelationRules(_locations);
    }

    public ArticleExtraction Extract(Article article)
    {
        var title = Text.FoldWidth(article.Title);
        var body = Text.FoldWidth(article.Body);
        var text = title + "\n" + body;
        var annotations = article.Annotations;

        // 1. Mentions: organizations first; people, technologies and industries outside them.
        var found = _orgs.Find(text).ToList();
        var people = _people.Find(text, found).Where(p => !Spans.Overlaps(p.Start, p.End, found)).ToList();
        var locations = _locations.Find(text);
        var techs = _terms.FindTechnologies(text).Where(t => !Spans.Inside(t, found)).ToList();
        var industries = _terms.FindIndustries(text).Where(t => !Spans.Inside(t, found)).ToList();
        TermSelection.AddAnnotated(text, annotations.Technologies, EntityKind.Technology, techs);
        TermSelection.AddAnnotated(text, annotations.Industries, EntityKind.Industry, industries);
        TermRecognizer.AddListMates(text, techs, [.. found, .. people.Select(p => new Found(EntityKind.Person, p.Name, p.Start, p.End)), .. locations, .. industries]);

        // 2. Short forms of organizations (睿乐达 for 成都睿乐达机器人科技有限公司).
        var orgs = _shortForms.Resolve(text, found);

        // 省科技厅 → 四川省科技厅: a place-less public body no short form resolved is the one of the article's province or town.
        (orgs, var qualified) = _places.Qualify(text, orgs, locations);
        people = PlaceQualifier.Rename(people, qualified);


        // 3. Terms and people outside every organization span, under the names the article settles on.
        techs = TermSelection.WithoutSectorUses(text, techs, industries);
        techs = TermSelection.KeepSalient(text, title, annotations.Technologies,
            TermSelection.DropTails(text, TermSelection.CutAfterOrgs(techs, orgs.Spans)).Where(t => !Spans.Inside(t, orgs.Spans)));
        industries = TermSelection.KeepSalient(text, title, annotations.Industries, TermSelection.BareSectors(text, industries.Where(t => !Spans.Inside(t, orgs.Spans)).ToList()));
        people = people.Where(p => !Spans.Overlaps(p.Start, p.End, orgs.Spans)).ToList();
        (techs, var techAliases) = TermSelection.FoldIntoTaggedNames(techs);

        // 4. Entities, 5. relations (which may add the place an organization is in), 6. events.
        var entities = EntityMentions.Collect(text, orgs, people, techs, techAliases, industries, locations);
        var relations = _relations.Find(text, entities, orgs.Spans, people, techs, industries);
        var events = _events.Assemble(article, text, title.Length, body, orgs.Spans, people, locations).ToList();

        // 7. A computing or data centre (X智算中心) is a facility: a body of its own only where an event involves it.
        var facilities = entities.Where(e => e.Kind is EntityKind.Organization or EntityKind.Company && IsFacility(e.Name) && !events.Any(ev => ev.Involved.Any(i => i.Name == e.Name)))
            .Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        entities = [.. entities.Where(e => !(e.Kind is EntityKind.Organization or EntityKind.Company && facilities.Contains(e.Name)))];
        var kept = relations.Where(r => !(r.From.Kind is EntityKind.Organization or EntityKind.Company && facilities.Contains(r.From.Name)) &&
                                        !(r.To.Kind is EntityKind.Organization or EntityKind.Company && facilities.Contains(r.To.Name)));
        return new ArticleExtraction(article, [.. entities], [.. kept.Distinct()], [.. events]);
    }

    private static readonly string[] FacilityEnds = ["智算中心", "数据中心", "算力中心", "算力调度中心", "超算中心"];

    private static bool IsFacility(string name) => FacilityEnds.Any(e => name.EndsWith(e, StringComparison.Ordinal));
}
