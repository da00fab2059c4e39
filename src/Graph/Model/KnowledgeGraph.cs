using System.Collections.Immutable;
using QuikGraph;

namespace Graph.Model;

/// <summary>A node: its primary label (the first of <see cref="Labels"/>), its export id and its properties.</summary>
public sealed record GraphNode(string Id, string Label, PropertyMap Properties)
{
    public ImmutableArray<string> Labels => GraphSchema.LabelsOf(Label);

    /// <summary>The value of the label's key property (graph-model.md).</summary>
    public string Key => Properties.GetString(GraphSchema.KeyOf(Label)) ?? throw new InvalidOperationException($"Node {Id} has no key.");
}

/// <summary>A relationship between two node ids; at most one per (type, source, target).</summary>
public sealed record GraphEdge(string Type, string Source, string Target, PropertyMap Properties) : IEdge<string>;

/// <summary>
/// The frozen knowledge graph: nodes ordered by label then id, edges by type, source, target (ordinal),
/// over a QuikGraph bidirectional graph for analytics.
/// </summary>
public sealed class KnowledgeGraph
{
    private readonly ImmutableDictionary<string, GraphNode> _byId;

    internal KnowledgeGraph(IEnumerable<GraphNode> nodes, IEnumerable<GraphEdge> edges)
    {
        Nodes = nodes.OrderBy(n => GraphSchema.LabelOrder(n.Label)).ThenBy(n => n.Id, StringComparer.Ordinal).ToImmutableArray();
        Edges = edges.OrderBy(e => GraphSchema.RelationshipOrder(e.Type))
            .ThenBy(e => e.Source, StringComparer.Ordinal)
            .ThenBy(e => e.Target, StringComparer.Ordinal)
            .ToImmutableArray();
        _byId = Nodes.ToImmutableDictionary(n => n.Id, StringComparer.Ordinal);
        var g = new BidirectionalGraph<string, GraphEdge>(allowParallelEdges: true);
        g.AddVertexRange(Nodes.Select(n => n.Id));
        g.AddEdgeRange(Edges);
        Structure = g;
    }

    public static KnowledgeGraph Empty { get; } = new([], []);

    public ImmutableArray<GraphNode> Nodes { get; }

    public ImmutableArray<GraphEdge> Edges { get; }

    /// <summary>The QuikGraph view (vertices are node ids).</summary>
    public IBidirectionalGraph<string, GraphEdge> Structure { get; }

    public GraphNode Node(string id) => _byId[id];

    public bool TryGetNode(string id, out GraphNode node) => _byId.TryGetValue(id, out node!);

    /// <summary>Node count per label (a Company counts under Company and Organization).</summary>
    public ImmutableSortedDictionary<string, int> CountByLabel() => Nodes
        .SelectMany(n => n.Labels)
        .GroupBy(l => l, StringComparer.Ordinal)
        .ToImmutableSortedDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    /// <summary>Node count per primary label.</summary>
    public ImmutableSortedDictionary<string, int> CountByPrimaryLabel() => Nodes
        .GroupBy(n => n.Label, StringComparer.Ordinal)
        .ToImmutableSortedDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    public ImmutableSortedDictionary<string, int> CountByType() => Edges
        .GroupBy(e => e.Type, StringComparer.Ordinal)
        .ToImmutableSortedDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
}
