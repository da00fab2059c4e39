using System.Collections.Immutable;
using Graph.Model;

namespace Graph.Neo4j;

/// <summary>One relationship statement's shape: type and the primary labels of its two ends.</summary>
public sealed record RelationshipShape(string Type, string FromLabel, string ToLabel)
{
    public override string ToString() => $"({FromLabel})-[:{Type}]->({ToLabel})";
}

/// <summary>
/// The statement factory: every Cypher text the loader and the script writer send. Labels, types and keys come
/// only from <see cref="GraphSchema"/>; all data travels in the rows expression (a <c>$rows</c> parameter, or
/// a literal list in graph.cypher). Rows are maps: nodes <c>{key, props, aliases?, titles?, articles?}</c>,
/// relationships <c>{from, to, props, articles?}</c>; list properties are unioned without duplicates.
/// </summary>
public static class CypherStatements
{
    /// <summary>List properties merged as a set union on the server instead of overwritten.</summary>
    public static readonly ImmutableArray<string> UnionedLists = ["aliases", "titles", "articles"];

    public const string RowsParameter = "$rows";

    /// <summary>Uniqueness constraints on each label's key, in the dialect the server takes.</summary>
    public static ImmutableArray<string> Constraints(CypherDialect dialect) =>
        [.. GraphSchema.Labels.Select(label => Constraint(dialect, label))];

    public static string Constraint(CypherDialect dialect, string label)
    {
        var key = GraphSchema.KeyOf(label);
        var name = $"graph_{label.ToLowerInvariant()}_{key}";
        return dialect switch
        {
            CypherDialect.Neo4j5 => $"CREATE CONSTRAINT {name} IF NOT EXISTS FOR (n:{Quote(label)}) REQUIRE n.{Quote(key)} IS UNIQUE",
            CypherDialect.Neo4j4 => $"CREATE CONSTRAINT {name} IF NOT EXISTS ON (n:{Quote(label)}) ASSERT n.{Quote(key)} IS UNIQUE",
            _ => $"CREATE CONSTRAINT ON (n:{Quote(label)}) ASSERT n.{Quote(key)} IS UNIQUE",
        };
    }

    /// <summary>Every relationship shape the schema allows (type × from label × to label).</summary>
    public static ImmutableArray<RelationshipShape> RelationshipShapes { get; } =
        [.. GraphSchema.Relationships.SelectMany(s => s.From.SelectMany(f => s.To.Select(t => new RelationshipShape(s.Type, f, t))))];

    /// <summary>MERGE the nodes of one primary label by key; a Company also gets its Organization label.</summary>
    public static string MergeNodes(string label, string rows = RowsParameter)
    {
        var key = GraphSchema.KeyOf(label);
        var extra = GraphSchema.LabelsOf(label).Skip(1).Select(l => $"\nSET n:{Quote(l)}");
        return $"UNWIND {rows} AS row\nMERGE (n:{Quote(label)} {{{Quote(key)}: row.key}}){string.Concat(extra)}\nSET n += row.props\nSET {Unions("n")}";
    }

    /// <summary>MATCH both ends by label and key, MERGE the relationship, union its provenance.</summary>
    public static string MergeRelationships(RelationshipShape shape, string rows = RowsParameter)
    {
        if (!RelationshipShapes.Contains(shape))
        {
            throw new ArgumentException($"{shape} is not a relationship allowed by the graph schema.", nameof(shape));
        }

        return $"UNWIND {rows} AS row\n" +
               $"MATCH (a:{Quote(shape.FromLabel)} {{{Quote(GraphSchema.KeyOf(shape.FromLabel))}: row.from}})\n" +
               $"MATCH (b:{Quote(shape.ToLabel)} {{{Quote(GraphSchema.KeyOf(shape.ToLabel))}: row.to}})\n" +
               $"MERGE (a)-[r:{Quote(shape.Type)}]->(b)\n" +
               $"SET r += row.props\nSET {Union("r", "articles")}";
    }

    /// <summary>Every statement the loader can send in a dialect (for the syntax check).</summary>
    public static ImmutableArray<string> All(CypherDialect dialect) =>
    [
        .. Constraints(dialect),
        .. GraphSchema.Labels.Select(l => MergeNodes(l)),
        .. RelationshipShapes.Select(s => MergeRelationships(s)),
    ];

    private static string Unions(string v) => string.Join(", ", UnionedLists.Select(p => Union(v, p)));

    // Works on 3.1: a missing row list leaves the property as it is; a present one appends only the new items.
    private static string Union(string v, string p) =>
        $"{v}.{p} = CASE WHEN row.{p} IS NULL THEN {v}.{p} ELSE coalesce({v}.{p}, []) + [x IN row.{p} WHERE NOT x IN coalesce({v}.{p}, [])] END";

    /// <summary>Backtick-quotes a schema name when it is not a plain identifier.</summary>
    internal static string Quote(string name) =>
        name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') && !char.IsAsciiDigit(name[0]) ? name : "`" + name.Replace("`", "``", StringComparison.Ordinal) + "`";
}
