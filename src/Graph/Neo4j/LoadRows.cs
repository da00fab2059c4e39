using System.Collections.Immutable;
using Graph.Model;

namespace Graph.Neo4j;

/// <summary>Turns graph nodes and edges into the row maps the statements of <see cref="CypherStatements"/> read.</summary>
public static class LoadRows
{
    public static IReadOnlyDictionary<string, object?> Node(GraphNode node)
    {
        var key = GraphSchema.KeyOf(node.Label);
        var row = new SortedDictionary<string, object?>(StringComparer.Ordinal) { ["key"] = node.Key };
        row["props"] = Props(node.Properties, p => p != key);
        AddLists(row, node.Properties);
        return row;
    }

    public static IReadOnlyDictionary<string, object?> Relationship(KnowledgeGraph graph, GraphEdge edge)
    {
        var row = new SortedDictionary<string, object?>(StringComparer.Ordinal)
        {
            ["from"] = graph.Node(edge.Source).Key,
            ["to"] = graph.Node(edge.Target).Key,
            ["props"] = Props(edge.Properties, _ => true),
        };
        AddLists(row, edge.Properties);
        return row;
    }

    public static RelationshipShape ShapeOf(KnowledgeGraph graph, GraphEdge edge) =>
        new(edge.Type, graph.Node(edge.Source).Label, graph.Node(edge.Target).Label);

    private static SortedDictionary<string, object?> Props(PropertyMap properties, Func<string, bool> keep)
    {
        var props = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (k, v) in properties)
        {
            if (keep(k) && !CypherStatements.UnionedLists.Contains(k))
            {
                props[k] = v;
            }
        }

        return props;
    }

    private static void AddLists(SortedDictionary<string, object?> row, PropertyMap properties)
    {
        foreach (var p in CypherStatements.UnionedLists)
        {
            if (properties.TryGetValue(p, out var v) && v is ImmutableArray<string> list)
            {
                row[p] = list;
            }
        }
    }
}
