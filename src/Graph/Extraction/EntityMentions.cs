using System.Collections.Immutable;

namespace Graph.Extraction;

/// <summary>
/// The entity list of one article, in a fixed order: organizations (by first mention, with their short forms),
/// people (with all their titles), then technologies, industries and locations (by first mention, normalized).
/// </summary>
internal static class EntityMentions
{
    public static List<EntityMention> Collect(
        string text,
        ResolvedOrganizations orgs,
        List<FoundPerson> people,
        List<Found> techs,
        Dictionary<string, SortedSet<string>> techAliases,
        List<Found> industries,
        IReadOnlyList<Found> locations)
    {
        var entities = new List<EntityMention>();
        foreach (var g in orgs.Spans.GroupBy(o => (o.Kind, o.Name)).OrderBy(g => g.Min(x => x.Start)))
        {
            entities.Add(new EntityMention(g.Key.Kind, g.Key.Name,
                orgs.Aliases.TryGetValue(g.Key.Name, out var a) ? [.. a] : [], [], g.Count()));
        }

        foreach (var name in people.Select(p => p.Name).Distinct(StringComparer.Ordinal).ToList())
        {
            var titles = people.Where(p => p.Name == name).SelectMany(p => p.Titles).Distinct(StringComparer.Ordinal).ToImmutableArray();
            var backReferences = people.Count(p => p.Name == name && string.CompareOrdinal(text, p.Start, name, 0, name.Length) != 0);
            entities.Add(new EntityMention(EntityKind.Person, name, [], titles, Math.Max(1, Text.CountOccurrences(text, name) + backReferences)));
        }

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

        return entities;
    }
}
