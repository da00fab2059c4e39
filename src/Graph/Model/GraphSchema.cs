using System.Collections.Immutable;

namespace Graph.Model;

/// <summary>Node labels of the graph contract (shared/docs/graph-model.md).</summary>
public static class NodeLabels
{
    public const string Article = "Article";
    public const string Person = "Person";
    public const string Company = "Company";
    public const string Organization = "Organization";
    public const string Technology = "Technology";
    public const string Industry = "Industry";
    public const string Location = "Location";
    public const string Event = "Event";
}

/// <summary>Relationship types of the graph contract.</summary>
public static class RelationshipTypes
{
    public const string Mentions = "MENTIONS";
    public const string ReportedIn = "REPORTED_IN";
    public const string ParticipatedIn = "PARTICIPATED_IN";
    public const string Involved = "INVOLVED";
    public const string HoldsPosition = "HOLDS_POSITION";
    public const string Develops = "DEVELOPS";
    public const string InIndustry = "IN_INDUSTRY";
    public const string LocatedIn = "LOCATED_IN";
}

/// <summary>Event types allowed in <c>Event.type</c>.</summary>
public static class EventTypes
{
    public const string Visit = "visit";
    public const string Meeting = "meeting";
    public const string Signing = "signing";
    public const string Launch = "launch";
    public const string Conference = "conference";
    public const string Policy = "policy";
    public const string Other = "other";

    public static readonly ImmutableArray<string> All = [Visit, Meeting, Signing, Launch, Conference, Policy, Other];
}

/// <summary>One relationship type with the labels its ends may carry.</summary>
public sealed record RelationshipSpec(string Type, ImmutableArray<string> From, ImmutableArray<string> To);

/// <summary>
/// The fixed schema: the only labels, keys and relationship types that ever reach an export or a Cypher
/// statement. Text from articles never becomes a label or a type.
/// </summary>
public static class GraphSchema
{
    /// <summary>Node labels in export order.</summary>
    public static readonly ImmutableArray<string> Labels =
    [
        NodeLabels.Article, NodeLabels.Person, NodeLabels.Company, NodeLabels.Organization,
        NodeLabels.Technology, NodeLabels.Industry, NodeLabels.Location, NodeLabels.Event,
    ];

    private static readonly ImmutableArray<string> Orgs = [NodeLabels.Company, NodeLabels.Organization];

    /// <summary>Relationship types in export order.</summary>
    public static readonly ImmutableArray<RelationshipSpec> Relationships =
    [
        new(RelationshipTypes.Mentions, [NodeLabels.Article],
            [NodeLabels.Person, NodeLabels.Company, NodeLabels.Organization, NodeLabels.Technology, NodeLabels.Industry, NodeLabels.Location, NodeLabels.Event]),
        new(RelationshipTypes.ReportedIn, [NodeLabels.Event], [NodeLabels.Article]),
        new(RelationshipTypes.ParticipatedIn, [NodeLabels.Person], [NodeLabels.Event]),
        new(RelationshipTypes.Involved, [NodeLabels.Event], Orgs),
        new(RelationshipTypes.HoldsPosition, [NodeLabels.Person], Orgs),
        new(RelationshipTypes.Develops, Orgs, [NodeLabels.Technology]),
        new(RelationshipTypes.InIndustry, Orgs, [NodeLabels.Industry]),
        new(RelationshipTypes.LocatedIn, [NodeLabels.Company, NodeLabels.Organization, NodeLabels.Event], [NodeLabels.Location]),
    ];

    /// <summary>The property that identifies a node of this (primary) label.</summary>
    public static string KeyOf(string label) => label switch
    {
        NodeLabels.Article or NodeLabels.Event => "id",
        _ when Labels.Contains(label) => "name",
        _ => throw new ArgumentException($"'{label}' is not a label of the graph schema.", nameof(label)),
    };

    /// <summary>All labels a node of this primary label carries (a Company is also an Organization).</summary>
    public static ImmutableArray<string> LabelsOf(string primaryLabel) => primaryLabel == NodeLabels.Company
        ? [NodeLabels.Company, NodeLabels.Organization]
        : [primaryLabel];

    public static int LabelOrder(string label) => Labels.IndexOf(label);

    public static int RelationshipOrder(string type)
    {
        for (var i = 0; i < Relationships.Length; i++)
        {
            if (Relationships[i].Type == type)
            {
                return i;
            }
        }

        throw new ArgumentException($"'{type}' is not a relationship type of the graph schema.", nameof(type));
    }

    /// <summary>The node id used in exports: primary label and key, stable across runs and corpora.</summary>
    public static string NodeId(string primaryLabel, string key) => primaryLabel + ":" + key;
}
