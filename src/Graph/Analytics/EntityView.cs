using Graph.Model;
using QuikGraph;

namespace Graph.Analytics;

/// <summary>
/// The graph the analytics run on: every node except Articles, every relationship except the provenance ones
/// (<c>MENTIONS</c>, <c>REPORTED_IN</c>). Provenance would tie every two entities of an article together in two hops
/// and make the article the hub of everything; the figures are about the entities and the relationships read between
/// them. Events stay: they are how a person reaches the company they visited. Vertices and edges keep the
/// <see cref="KnowledgeGraph"/> order (label, id; type, source, target), so every traversal is deterministic.
/// </summary>
public static class EntityView
{
    public static bool IsProvenance(string relationshipType) =>
        relationshipType is RelationshipTypes.Mentions or RelationshipTypes.ReportedIn;

    public static bool Takes(GraphNode node) => node.Label != NodeLabels.Article;

    public static BidirectionalGraph<string, GraphEdge> Of(KnowledgeGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var view = new BidirectionalGraph<string, GraphEdge>(allowParallelEdges: true);
        view.AddVertexRange(graph.Nodes.Where(Takes).Select(n => n.Id));
        view.AddEdgeRange(graph.Edges.Where(e => !IsProvenance(e.Type) && view.ContainsVertex(e.Source) && view.ContainsVertex(e.Target)));
        return view;
    }
}
