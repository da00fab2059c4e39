namespace Graph.Extraction.Learned;

/// <summary>Finds entity mentions in one piece of text (a sentence, a line, an article). Implementations are thread-safe.</summary>
public interface ISentenceTagger
{
    IReadOnlyList<TaggedEntity> Tag(string text);
}

/// <summary>
/// One tagged mention. <see cref="Category"/> is the CLUENER category (name, company, government, organization, address,
/// position, book, game, movie, scene); <see cref="Start"/>/<see cref="End"/> are Unicode code-point offsets, end exclusive.
/// </summary>
public sealed record TaggedEntity(string Category, string Text, int Start, int End);

/// <summary>Maps CLUENER categories to the graph's entity kinds.</summary>
public static class ClueNerCategories
{
    public const string Name = "name";
    public const string Company = "company";
    public const string Government = "government";
    public const string Organization = "organization";
    public const string Address = "address";
    public const string Position = "position";

    /// <summary>The ten CLUENER categories in a fixed order (the tag set is built from it).</summary>
    public static IReadOnlyList<string> All { get; } =
        ["address", "book", "company", "game", "government", "movie", "name", "organization", "position", "scene"];

    /// <summary>name→Person, company→Company, government/organization→Organization, address→Location; null for the rest
    /// (position is a title the caller attaches to a person; book, game, movie, scene have no graph kind).</summary>
    public static EntityKind? ToEntityKind(string category) => category switch
    {
        Name => EntityKind.Person,
        Company => EntityKind.Company,
        Government or Organization => EntityKind.Organization,
        Address => EntityKind.Location,
        _ => null,
    };

    /// <summary>The label written to JSONL: the entity kind's name when there is one, else the CLUENER category.</summary>
    public static string ToLabel(string category) => ToEntityKind(category)?.ToString() ?? category;
}
