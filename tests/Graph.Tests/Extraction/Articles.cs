using Graph.Extraction;
using Graph.Model;
using Graph.Reading;

namespace Graph.Tests.Extraction;

/// <summary>Crafted articles (invented people and companies) run through the genre extractor.</summary>
internal static class Articles
{
    private static readonly Lazy<GenreExtractor> Extractor = new(() => new GenreExtractor(Lexicon.LoadEmbedded()));

    public static Article Make(string body, string title = "测试新闻", int? year = 2025, string? date = null, string id = "test0001") =>
        new(id, id + ".txt", title, $"https://example.gov.cn/news/{year}/1/1/{id}.shtml", "", body, date, year, ArticleAnnotations.None);

    public static ArticleExtraction Extract(string body, string title = "测试新闻", int? year = 2025, string? date = null, string id = "test0001") =>
        Extractor.Value.Extract(Make(body, title, year, date, id));

    public static EntityMention Person(this ArticleExtraction x, string name)
    {
        var found = x.Entities.Where(e => e.Kind == EntityKind.Person && e.Name == name).ToList();
        Assert.True(found.Count == 1, $"expected one Person '{name}'; persons found: [{string.Join(", ", x.Entities.Where(e => e.Kind == EntityKind.Person).Select(e => $"{e.Name}({string.Join("/", e.Titles)})"))}]");
        return found[0];
    }

    /// <summary>The article says <paramref name="from"/> develops <paramref name="to"/>.</summary>
    public static bool Develops(this ArticleExtraction x, string from, string to) =>
        x.Relations.Any(r => r.Type == RelationshipTypes.Develops && r.From.Name == from && r.To.Name == to);

    public static string Describe(this ArticleExtraction x) =>
        "entities: [" + string.Join(", ", x.Entities.Select(e => $"{e.Kind}:{e.Name}")) + "]; events: ["
        + string.Join(", ", x.Events.Select(e => $"{e.Type}@{e.Date} lead={e.Lead} participants={string.Join("/", e.Participants.Select(p => p.Person + ":" + p.Role))} involved={string.Join("/", e.Involved.Select(i => i.Name))}")) + "]";
}
