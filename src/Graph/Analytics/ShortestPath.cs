using System.Collections.Immutable;
using Graph.Model;
using QuikGraph;
using QuikGraph.Algorithms.Observers;
using QuikGraph.Algorithms.Search;

namespace Graph.Analytics;

/// <summary>A name given on the command line that no entity carries as name or alias.</summary>
public sealed class UnknownEntityException(string name)
    : Exception($"No entity is named '{name}' (name or alias, exact after trimming); try the name as it appears in graph.graphml, or `graph stats` to list the main ones.")
{
    public string Name { get; } = name;
}

/// <summary>One hop of a path: the relationship and whether it was walked along (source → target) or against its direction.</summary>
public sealed record PathStep(GraphEdge Edge, bool Forward);

/// <summary>A shortest path: the nodes from start to end and the relationships between them.</summary>
public sealed record EntityPath(ImmutableArray<GraphNode> Nodes, ImmutableArray<PathStep> Steps)
{
    public int Length => Steps.Length;
}

/// <summary>
/// Shortest paths between named entities over the entity graph (<see cref="EntityView"/>) taken as undirected: a path
/// may walk a relationship against its direction (a company reached from the technology it develops), and each
/// step says which way it went. Breadth-first (QuikGraph), so the path has the fewest relationships; among equally
/// short paths the first in node/edge order wins, which makes it deterministic.
/// </summary>
public sealed class ShortestPath
{
    private readonly KnowledgeGraph _graph;
    private readonly UndirectedBidirectionalGraph<string, GraphEdge> _undirected;

    public ShortestPath(KnowledgeGraph graph)
    {
        _graph = graph ?? throw new ArgumentNullException(nameof(graph));
        _undirected = new UndirectedBidirectionalGraph<string, GraphEdge>(EntityView.Of(graph));
    }

    /// <summary>
    /// The entity nodes a name denotes: a node id (<c>Person:黄强</c>), else nodes whose name is exactly the text,
    /// else nodes that list it among their aliases. A name shared by several nodes (a Technology and an Industry
    /// of the same name) gives them all.
    /// </summary>
    public ImmutableArray<GraphNode> Resolve(string name)
    {
        var text = name.Trim();
        if (_graph.TryGetNode(text, out var byId) && EntityView.Takes(byId))
        {
            return [byId];
        }

        var entities = _graph.Nodes.Where(EntityView.Takes).ToList();
        var byName = entities.Where(n => string.Equals(n.Properties.GetString(GraphSchema.KeyOf(n.Label)), text, StringComparison.Ordinal)).ToImmutableArray();
        if (byName.Length > 0)
        {
            return byName;
        }

        var byAlias = entities.Where(n => n.Properties.GetList("aliases").Contains(text, StringComparer.Ordinal)).ToImmutableArray();
        return byAlias.Length > 0 ? byAlias : throw new UnknownEntityException(text);
    }

    /// <summary>The shortest path between two names (see <see cref="Resolve"/>); null when they are not connected.</summary>
    public EntityPath? Between(string from, string to)
    {
        var sources = Resolve(from);
        var targets = Resolve(to);
        EntityPath? best = null;
        foreach (var s in sources)
        {
            var tree = Search(s.Id);
            foreach (var t in targets)
            {
                var path = PathTo(s, t, tree);
                if (path is not null && (best is null || path.Length < best.Length))
                {
                    best = path;
                }
            }
        }

        return best;
    }

    private IDictionary<string, GraphEdge> Search(string root)
    {
        var bfs = new UndirectedBreadthFirstSearchAlgorithm<string, GraphEdge>(_undirected);
        var recorder = new UndirectedVertexPredecessorRecorderObserver<string, GraphEdge>();
        using (recorder.Attach(bfs))
        {
            bfs.Compute(root);
        }

        return recorder.VerticesPredecessors;
    }

    private EntityPath? PathTo(GraphNode source, GraphNode target, IDictionary<string, GraphEdge> predecessors)
    {
        var nodes = new List<GraphNode> { target };
        var steps = new List<PathStep>();
        var at = target.Id;
        while (at != source.Id)
        {
            if (!predecessors.TryGetValue(at, out var edge))
            {
                return null;
            }

            // Walking back from `at`: the step was forward when the edge ends at `at`.
            var previous = edge.Target == at ? edge.Source : edge.Target;
            steps.Add(new PathStep(edge, edge.Target == at));
            nodes.Add(_graph.Node(previous));
            at = previous;
        }

        nodes.Reverse();
        steps.Reverse();
        return new EntityPath([.. nodes], [.. steps]);
    }
}
