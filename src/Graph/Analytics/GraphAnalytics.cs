using System.Collections.Immutable;
using Graph.Model;
using QuikGraph.Algorithms.ConnectedComponents;

namespace Graph.Analytics;

/// <summary>The figures of one entity node.</summary>
/// <param name="Degree">Relationships at the node, either direction, provenance excluded.</param>
/// <param name="PageRank">Undirected PageRank, rounded to <see cref="GraphAnalytics.PageRankDecimals"/> decimals.</param>
/// <param name="Component">Weakly connected component: 1 is the largest, ties broken by the smallest node id (ordinal).</param>
public sealed record NodeMetrics(string Id, long Degree, double PageRank, long Component);

/// <summary>One weakly connected component: its number, size and smallest node id.</summary>
public sealed record ComponentInfo(long Number, int Size, string FirstId);

/// <summary>The analytics of a graph, keyed by node id (Articles have none).</summary>
public sealed record AnalyticsResult(ImmutableDictionary<string, NodeMetrics> Metrics, ImmutableArray<ComponentInfo> Components)
{
    /// <summary>The top <paramref name="count"/> nodes of <paramref name="label"/> (primary label: Organization leaves out companies) by a figure, ties by id.</summary>
    public ImmutableArray<(GraphNode Node, NodeMetrics Metrics)> Top(KnowledgeGraph graph, string label, int count, Func<NodeMetrics, double> by) =>
        [.. graph.Nodes
            .Where(n => n.Label == label && Metrics.ContainsKey(n.Id))
            .Select(n => (Node: n, Metrics: Metrics[n.Id]))
            .OrderByDescending(x => by(x.Metrics))
            .ThenBy(x => x.Node.Id, StringComparer.Ordinal)
            .Take(count)];
}

/// <summary>
/// Degree, PageRank and weakly connected components of the entity graph (<see cref="EntityView"/>: Articles and
/// provenance relationships left out), and <see cref="Annotate"/> which writes them onto the nodes as
/// <c>degree</c> (long), <c>pagerank</c> (double) and <c>component</c> (long) so every export carries them.
/// Same graph, same numbers: vertex order is fixed and PageRank is rounded.
/// </summary>
public static class GraphAnalytics
{
    public const int PageRankDecimals = 6;
    public const string DegreeProperty = "degree";
    public const string PageRankProperty = "pagerank";
    public const string ComponentProperty = "component";

    public static AnalyticsResult Compute(KnowledgeGraph graph)
    {
        var view = EntityView.Of(graph);
        var ranks = PageRank.Compute(view);

        var wcc = new WeaklyConnectedComponentsAlgorithm<string, GraphEdge>(view);
        wcc.Compute();
        var components = view.Vertices
            .GroupBy(v => wcc.Components[v])
            .Select(g => (Ids: g.ToList(), First: g.Min(StringComparer.Ordinal)!))
            .OrderByDescending(c => c.Ids.Count)
            .ThenBy(c => c.First, StringComparer.Ordinal)
            .Select((c, i) => (Info: new ComponentInfo(i + 1, c.Ids.Count, c.First), c.Ids))
            .ToList();
        var componentOf = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (info, ids) in components)
        {
            foreach (var id in ids)
            {
                componentOf[id] = info.Number;
            }
        }

        var metrics = view.Vertices.ToImmutableDictionary(
            v => v,
            v => new NodeMetrics(v, view.InDegree(v) + view.OutDegree(v), Math.Round(ranks[v], PageRankDecimals, MidpointRounding.ToEven), componentOf[v]),
            StringComparer.Ordinal);
        return new AnalyticsResult(metrics, [.. components.Select(c => c.Info)]);
    }

    /// <summary>The same graph with <c>degree</c>, <c>pagerank</c> and <c>component</c> on every non-Article node.</summary>
    public static KnowledgeGraph Annotate(KnowledgeGraph graph) => Annotate(graph, Compute(graph));

    public static KnowledgeGraph Annotate(KnowledgeGraph graph, AnalyticsResult analytics)
    {
        ArgumentNullException.ThrowIfNull(analytics);
        var builder = new GraphBuilder();
        foreach (var node in graph.Nodes)
        {
            var props = node.Properties;
            if (analytics.Metrics.TryGetValue(node.Id, out var m))
            {
                props = props.With(DegreeProperty, m.Degree).With(PageRankProperty, m.PageRank).With(ComponentProperty, m.Component);
            }

            builder.AddNode(node.Label, props);
        }

        foreach (var edge in graph.Edges)
        {
            builder.AddEdge(edge.Type, edge.Source, edge.Target, edge.Properties);
        }

        return builder.ToGraph();
    }
}
