namespace Graph.Export;

/// <summary>Which flavour of GraphML <see cref="GraphMlWriter"/> writes.</summary>
public enum GraphMlProfile
{
    /// <summary>
    /// APOC's convention (read by <c>apoc.import.graphml</c>, NetworkX, igraph, Gephi): typed keys, <c>labels</c>
    /// attribute and data on nodes, <c>label</c> attribute and data on edges, a <c>label</c> display-name key on nodes.
    /// </summary>
    Apoc,

    /// <summary>
    /// The APOC file plus yFiles graphics (<c>y:ShapeNode</c> with the display name, a colour and a shape per label;
    /// <c>y:PolyLineEdge</c> labelled with the type) so yEd shows names and types when it opens the file.
    /// </summary>
    Yed,
}
