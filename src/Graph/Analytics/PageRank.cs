using QuikGraph;

namespace Graph.Analytics;

/// <summary>
/// PageRank by power iteration over the graph taken as undirected (each relationship passes rank both ways):
/// the relationships of the contract point from people to events to companies to technologies, so a directed rank
/// would give every person the same floor value. Damping 0.85; a node without neighbours spreads its rank evenly;
/// iteration in vertex order until the L1 change is below <see cref="Tolerance"/> (or <see cref="MaxIterations"/>).
/// The ranks sum to 1. (QuikGraph's PageRankAlgorithm ranks the directed graph only, hence this one.)
/// </summary>
public static class PageRank
{
    public const double Damping = 0.85;
    public const double Tolerance = 1e-12;
    public const int MaxIterations = 1000;

    public static IReadOnlyDictionary<string, double> Compute<TEdge>(IBidirectionalGraph<string, TEdge> graph)
        where TEdge : IEdge<string>
    {
        ArgumentNullException.ThrowIfNull(graph);
        var ids = graph.Vertices.ToArray();
        var n = ids.Length;
        if (n == 0)
        {
            return new Dictionary<string, double>(StringComparer.Ordinal);
        }

        var index = new Dictionary<string, int>(n, StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            index[ids[i]] = i;
        }

        // Undirected neighbour lists (a relationship counts once per end; self-loops count once).
        var neighbours = new List<int>[n];
        for (var i = 0; i < n; i++)
        {
            neighbours[i] = [];
        }

        foreach (var e in graph.Edges)
        {
            int s = index[e.Source], t = index[e.Target];
            neighbours[s].Add(t);
            if (s != t)
            {
                neighbours[t].Add(s);
            }
        }

        var rank = new double[n];
        var next = new double[n];
        Array.Fill(rank, 1.0 / n);
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            var dangling = 0.0;
            for (var i = 0; i < n; i++)
            {
                if (neighbours[i].Count == 0)
                {
                    dangling += rank[i];
                }
            }

            var baseline = (1 - Damping) / n + Damping * dangling / n;
            Array.Fill(next, baseline);
            for (var i = 0; i < n; i++)
            {
                var list = neighbours[i];
                if (list.Count == 0)
                {
                    continue;
                }

                var share = Damping * rank[i] / list.Count;
                foreach (var j in list)
                {
                    next[j] += share;
                }
            }

            var change = 0.0;
            for (var i = 0; i < n; i++)
            {
                change += Math.Abs(next[i] - rank[i]);
            }

            (rank, next) = (next, rank);
            if (change < Tolerance)
            {
                break;
            }
        }

        var result = new Dictionary<string, double>(n, StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            result[ids[i]] = rank[i];
        }

        return result;
    }
}
