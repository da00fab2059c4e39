using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Graph.Extraction;
using Graph.Model;
using Graph.Resolution;

namespace Graph.Pipeline;

/// <summary>
/// Turns resolved extractions into the graph: Article nodes, one node per resolved entity, events, and every
/// relationship with the ids of the articles it was read from.
/// </summary>
public static class GraphAssembler
{
    public static KnowledgeGraph Assemble(IReadOnlyList<ArticleExtraction> extractions, EntityResolver resolver)
    {
        var b = new GraphBuilder();
        foreach (var x in extractions)
        {
            var a = x.Article;
            var articleId = b.AddNode(NodeLabels.Article, PropertyMap.From(
            [
                new("id", a.Id), new("title", a.Title), new("url", a.Url), new("date", a.Date), new("source", a.Source),
            ]));
            var prov = Provenance(a.Id);

            string Entity(EntityKind kind, string name)
            {
                var e = resolver.Resolve(kind, name);
                var props = new List<KeyValuePair<string, object?>> { new("name", e.Name), new("aliases", e.Aliases) };
                if (e.Kind == EntityKind.Person)
                {
                    props.Add(new("titles", ImmutableArray<string>.Empty));
                }

                return b.AddNode(LabelOf(e.Kind), PropertyMap.From(props));
            }

            var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
            foreach (var m in x.Entities)
            {
                var id = Entity(m.Kind, m.Name);
                if (m.Kind == EntityKind.Person && m.Titles.Length > 0)
                {
                    b.AddNode(NodeLabels.Person, PropertyMap.From([new("name", b.KeyOf(id)), new("titles", m.Titles.Order(StringComparer.Ordinal).ToImmutableArray())]));
                }

                counts[id] = counts.GetValueOrDefault(id) + m.Count;
            }

            foreach (var (id, count) in counts)
            {
                b.AddEdge(RelationshipTypes.Mentions, articleId, id, prov.With("count", count));
            }

            foreach (var r in x.Relations)
            {
                var from = Entity(r.From.Kind, r.From.Name);
                var to = Entity(r.To.Kind, r.To.Name);
                if (from == to || !Allowed(r.Type, b.LabelOf(from), b.LabelOf(to)))
                {
                    continue;
                }

                b.AddEdge(r.Type, from, to, r.Title is null ? prov : prov.With("title", r.Title));
            }

            foreach (var ev in x.Events)
            {
                var eventKey = Hash($"{a.Id}|{ev.Type}|{ev.Date}|{ev.Lead}");
                var eventId = b.AddNode(NodeLabels.Event, PropertyMap.From(
                [
                    new("id", eventKey), new("type", ev.Type), new("date", ev.Date), new("summary", ev.Summary),
                ]));
                b.AddEdge(RelationshipTypes.ReportedIn, eventId, articleId, prov);
                foreach (var p in ev.Participants)
                {
                    b.AddEdge(RelationshipTypes.ParticipatedIn, Entity(EntityKind.Person, p.Person), eventId, prov.With("role", p.Role));
                }

                foreach (var o in ev.Involved)
                {
                    b.AddEdge(RelationshipTypes.Involved, eventId, Entity(o.Kind, o.Name), prov);
                }

                foreach (var l in ev.Locations)
                {
                    b.AddEdge(RelationshipTypes.LocatedIn, eventId, Entity(EntityKind.Location, l), prov);
                }
            }
        }

        return b.ToGraph();
    }

    private static PropertyMap Provenance(string articleId) => PropertyMap.From([new("articles", ImmutableArray.Create(articleId))]);

    private static bool Allowed(string type, string from, string to)
    {
        var spec = GraphSchema.Relationships.First(s => s.Type == type);
        return spec.From.Contains(from) && spec.To.Contains(to);
    }

    public static string LabelOf(EntityKind kind) => kind switch
    {
        EntityKind.Person => NodeLabels.Person,
        EntityKind.Company => NodeLabels.Company,
        EntityKind.Organization => NodeLabels.Organization,
        EntityKind.Technology => NodeLabels.Technology,
        EntityKind.Industry => NodeLabels.Industry,
        EntityKind.Location => NodeLabels.Location,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Stable short id: first 16 hex characters of SHA-256.</summary>
    public static string Hash(string value) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..16];
}
