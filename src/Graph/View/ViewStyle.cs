using System.Collections.Immutable;
using Graph.Model;

namespace Graph.View;

/// <summary>What node size encodes.</summary>
public enum ViewSize
{
    Degree,

    /// <summary>The analytics <c>pagerank</c> property; nodes without one fall back to degree sizing.</summary>
    PageRank,
}

/// <summary>Colours and sizes shared by the HTML and SVG views.</summary>
public static class ViewStyle
{
    public static readonly ImmutableDictionary<string, string> Colors = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [NodeLabels.Company] = "#1f77b4",
        [NodeLabels.Organization] = "#9467bd",
        [NodeLabels.Technology] = "#ff7f0e",
        [NodeLabels.Industry] = "#2ca02c",
        [NodeLabels.Person] = "#d62728",
        [NodeLabels.Location] = "#8c564b",
        [NodeLabels.Event] = "#e377c2",
        [NodeLabels.Article] = "#7f7f7f",
    }.ToImmutableDictionary(StringComparer.Ordinal);

    public static string ColorOf(string label) => Colors.TryGetValue(label, out var c) ? c : "#7f7f7f";

    /// <summary>Node diameters in view units, in view order: 14 plus a square-root scale of degree or PageRank, at most 80.</summary>
    public static ImmutableArray<double> Sizes(GraphView view, ViewSize size)
    {
        ArgumentNullException.ThrowIfNull(view);
        var maxRank = view.Nodes.Select(n => n.PageRank ?? 0).DefaultIfEmpty(0).Max();
        return [.. view.Nodes.Select(n =>
            size == ViewSize.PageRank && n.PageRank is { } pr && maxRank > 0
                ? Math.Round(14 + 50 * Math.Sqrt(pr / maxRank), 1)
                : Math.Round(Math.Min(80, 14 + 8 * Math.Sqrt(n.Degree)), 1))];
    }

    /// <summary>Edge width in view units from the number of articles behind the edge (1 article: 1.5, 11 or more: 9).</summary>
    public static double EdgeWidth(ViewEdge edge) => 1.5 + 0.75 * Math.Clamp(edge.Articles.Length - 1, 0, 10);
}
