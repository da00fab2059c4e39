using System.Text.Json;

namespace Graph.Neo4j;

/// <summary>Update counters summed over statements (Query API <c>counters</c> or transactional <c>stats</c>).</summary>
public sealed record Neo4jCounters(
    long NodesCreated = 0,
    long NodesDeleted = 0,
    long RelationshipsCreated = 0,
    long RelationshipsDeleted = 0,
    long PropertiesSet = 0,
    long LabelsAdded = 0,
    long ConstraintsAdded = 0)
{
    public static readonly Neo4jCounters None = new();

    public static Neo4jCounters operator +(Neo4jCounters a, Neo4jCounters b) => new(
        a.NodesCreated + b.NodesCreated,
        a.NodesDeleted + b.NodesDeleted,
        a.RelationshipsCreated + b.RelationshipsCreated,
        a.RelationshipsDeleted + b.RelationshipsDeleted,
        a.PropertiesSet + b.PropertiesSet,
        a.LabelsAdded + b.LabelsAdded,
        a.ConstraintsAdded + b.ConstraintsAdded);

    /// <summary>Reads either naming: camelCase (Query API) or snake_case (transactional endpoint).</summary>
    public static Neo4jCounters Parse(JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            return None;
        }

        long Get(string camel, string snake, string? snakeAlt = null) =>
            e.TryGetProperty(camel, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt64()
            : e.TryGetProperty(snake, out v) && v.ValueKind == JsonValueKind.Number ? v.GetInt64()
            : snakeAlt is not null && e.TryGetProperty(snakeAlt, out v) && v.ValueKind == JsonValueKind.Number ? v.GetInt64()
            : 0;

        return new Neo4jCounters(
            Get("nodesCreated", "nodes_created"),
            Get("nodesDeleted", "nodes_deleted"),
            Get("relationshipsCreated", "relationships_created"),
            Get("relationshipsDeleted", "relationships_deleted", "relationship_deleted"),
            Get("propertiesSet", "properties_set"),
            Get("labelsAdded", "labels_added"),
            Get("constraintsAdded", "constraints_added"));
    }

    /// <summary>
    /// Whether a <c>counters</c>/<c>stats</c> object reports any change: a true <c>containsUpdates</c> /
    /// <c>contains_updates</c> / <c>containsSystemUpdates</c>, or any counter above zero (deletions and removals included).
    /// </summary>
    public static bool ReportsUpdates(JsonElement e) =>
        e.ValueKind == JsonValueKind.Object && e.EnumerateObject().Any(p =>
            p.Value.ValueKind == JsonValueKind.True
            || (p.Value.ValueKind == JsonValueKind.Number && p.Value.TryGetInt64(out var n) && n > 0));

    /// <summary>The counters above zero, as the server named them (<c>nodes_deleted 3, relationship_deleted 2</c>).</summary>
    public static string DescribeUpdates(JsonElement e) => e.ValueKind != JsonValueKind.Object ? "" : string.Join(", ",
        e.EnumerateObject()
            .Where(p => p.Value.ValueKind == JsonValueKind.Number && p.Value.TryGetInt64(out var n) && n > 0)
            .Select(p => $"{p.Name} {p.Value.GetRawText()}"));

    public override string ToString() =>
        $"{NodesCreated} nodes created, {RelationshipsCreated} relationships created, {PropertiesSet} properties set, " +
        $"{LabelsAdded} labels added, {ConstraintsAdded} constraints added";
}
