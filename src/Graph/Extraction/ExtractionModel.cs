using System.Collections.Immutable;
using Graph.Reading;

namespace Graph.Extraction;

/// <summary>The entity kinds the extractor produces (Company implies Organization in the graph).</summary>
public enum EntityKind
{
    Person,
    Company,
    Organization,
    Technology,
    Industry,
    Location,
}

/// <summary>A reference to an entity by kind and (surface) name, before corpus-wide resolution.</summary>
public sealed record EntityRef(EntityKind Kind, string Name);

/// <summary>A span of text in Unicode code points, end exclusive.</summary>
public readonly record struct TextSpan(int Start, int End);

/// <summary>An entity as read from one article: its best name there, other surface forms, titles (Person), count.</summary>
public sealed record EntityMention(
    EntityKind Kind,
    string Name,
    ImmutableArray<string> Aliases,
    ImmutableArray<string> Titles,
    int Count)
{
    public EntityRef Ref => new(Kind, Name);
}

/// <summary>A relationship read from one article (DEVELOPS, IN_INDUSTRY, HOLDS_POSITION, LOCATED_IN). <see cref="Title"/> for HOLDS_POSITION.</summary>
public sealed record RelationMention(string Type, EntityRef From, EntityRef To, string? Title = null);

/// <summary>A person's part in an event: role is lead, accompany or other.</summary>
public sealed record Participation(string Person, string Role);

/// <summary>An event read from one article.</summary>
public sealed record EventMention(
    string Type,
    string? Date,
    string Lead,
    string Summary,
    ImmutableArray<Participation> Participants,
    ImmutableArray<EntityRef> Involved,
    ImmutableArray<string> Locations);

/// <summary>All that one article yields.</summary>
public sealed record ArticleExtraction(
    Article Article,
    ImmutableArray<EntityMention> Entities,
    ImmutableArray<RelationMention> Relations,
    ImmutableArray<EventMention> Events);

/// <summary>One stage: an article in, what it says out. Implementations are immutable and thread-safe.</summary>
public interface IArticleExtractor
{
    ArticleExtraction Extract(Article article);
}
