using System.Collections.Immutable;

namespace Graph.Model;

/// <summary>
/// Mutable accumulator that merges nodes by id and relationships by (type, source, target), then freezes into a
/// <see cref="KnowledgeGraph"/>. Merging: list properties are unioned and sorted, <c>count</c> is summed,
/// other scalars keep the first value (or the longer string for <c>summary</c>-like fields is not special-cased).
/// </summary>
public sealed class GraphBuilder
{
    private readonly Dictionary<string, GraphNode> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Type, string Source, string Target), GraphEdge> _edges = new();

    public int NodeCount => _nodes.Count;

    public int EdgeCount => _edges.Count;

    /// <summary>Adds or merges a node; returns its id.</summary>
    public string AddNode(string label, PropertyMap properties)
    {
        var key = properties.GetString(GraphSchema.KeyOf(label))
            ?? throw new ArgumentException($"A {label} node needs its key property '{GraphSchema.KeyOf(label)}'.", nameof(properties));
        var id = GraphSchema.NodeId(label, key);
        _nodes[id] = _nodes.TryGetValue(id, out var existing)
            ? existing with { Properties = Merge(existing.Properties, properties) }
            : new GraphNode(id, label, properties);
        return id;
    }

    public bool HasNode(string id) => _nodes.ContainsKey(id);

    /// <summary>The primary label of a node already added.</summary>
    public string LabelOf(string id) => _nodes[id].Label;

    /// <summary>The key value of a node already added.</summary>
    public string KeyOf(string id) => _nodes[id].Key;

    public void AddEdge(string type, string source, string target, PropertyMap properties)
    {
        if (!_nodes.ContainsKey(source) || !_nodes.ContainsKey(target))
        {
            throw new InvalidOperationException($"{type} edge {source} -> {target} refers to a node not in the graph.");
        }

        var k = (type, source, target);
        _edges[k] = _edges.TryGetValue(k, out var existing)
            ? existing with { Properties = Merge(existing.Properties, properties) }
            : new GraphEdge(type, source, target, properties);
    }

    public KnowledgeGraph ToGraph() => new(_nodes.Values, _edges.Values);

    internal static PropertyMap Merge(PropertyMap a, PropertyMap b)
    {
        var result = a;
        foreach (var (k, v) in b)
        {
            if (!a.TryGetValue(k, out var old))
            {
                result = result.With(k, v);
            }
            else if (old is ImmutableArray<string> x && v is ImmutableArray<string> y)
            {
                result = result.With(k, x.Union(y, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray());
            }
            else if (k == "count" && old is long l1 && v is long l2)
            {
                result = result.With(k, l1 + l2);
            }
        }

        return result;
    }
}
