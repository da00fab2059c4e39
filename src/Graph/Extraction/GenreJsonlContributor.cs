using System.Text.Json.Nodes;
using Graph.Extraction.Learned;
using Graph.Reading;

namespace Graph.Extraction;

/// <summary>
/// Adds the genre extractor's relations and events to each <c>extract --jsonl</c> line: the line's text is read as a
/// one-paragraph article (no title, no year, so month-day dates stay undated).
/// </summary>
public sealed class GenreJsonlContributor(GenreExtractor extractor) : IJsonlContributor
{
    public void Contribute(string text, IReadOnlyList<TaggedEntity> entities, JsonArray relations, JsonArray events)
    {
        var article = new Article("line", "line", "", "", "", text, null, null, ArticleAnnotations.None);
        var x = extractor.Extract(article);
        foreach (var r in x.Relations)
        {
            var rel = new JsonObject { ["type"] = r.Type, ["from"] = r.From.Name, ["to"] = r.To.Name };
            if (r.Title is not null)
            {
                rel["title"] = r.Title;
            }

            relations.Add(rel);
        }

        foreach (var e in x.Events)
        {
            events.Add(new JsonObject
            {
                ["type"] = e.Type,
                ["date"] = e.Date,
                ["lead"] = e.Lead.Length > 0 ? e.Lead : null,
                ["participants"] = new JsonArray([.. e.Participants.Select(p => (JsonNode?)JsonValue.Create(p.Person))]),
                ["involved"] = new JsonArray([.. e.Involved.Select(o => (JsonNode?)JsonValue.Create(o.Name))]),
            });
        }
    }
}
