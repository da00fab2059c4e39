using System.Collections.Immutable;
using System.Globalization;
using Graph.Model;

namespace Graph.Analytics;

/// <summary>A projection option that cannot be used: the message names the option and says what is allowed.</summary>
public sealed class ProjectionException(string message) : Exception(message);

/// <summary>
/// Which part of the graph to keep. All parts given apply together (date range, then <see cref="Only"/>, then
/// <see cref="Labels"/>); <see cref="All"/> keeps everything.
/// </summary>
/// <param name="Only">A named projection: <see cref="CompanyTechnology"/> keeps Company/Organization, Technology and
/// Industry nodes joined by DEVELOPS or IN_INDUSTRY (nodes without such a relationship are dropped).</param>
/// <param name="Labels">Keep the nodes carrying one of these labels (a Company is also an Organization) and the
/// relationships between kept nodes. Empty: all labels.</param>
/// <param name="Since">Keep relationships read from an article dated on or after this day, or touching an Event of
/// such a date; then the nodes at a kept relationship, and the Articles and Events dated in range. Undated
/// articles and events are out of any date range.</param>
/// <param name="Until">As <paramref name="Since"/>, on or before this day.</param>
public sealed record Projection(string? Only, ImmutableArray<string> Labels, DateOnly? Since, DateOnly? Until)
{
    public const string CompanyTechnology = "company-technology";

    public static readonly ImmutableArray<string> OnlyValues = [CompanyTechnology];

    public static Projection All { get; } = new(null, [], null, null);

    public bool IsAll => Only is null && Labels.IsDefaultOrEmpty && Since is null && Until is null;

    /// <summary>Reads the command-line forms: <c>--only company-technology</c>, <c>--labels Person,Company</c>, <c>--since/--until yyyy-MM-dd</c>.</summary>
    public static Projection Parse(string? only, string? labels, string? since, string? until)
    {
        string? onlyValue = null;
        if (!string.IsNullOrWhiteSpace(only))
        {
            onlyValue = OnlyValues.FirstOrDefault(v => string.Equals(v, only.Trim(), StringComparison.OrdinalIgnoreCase))
                ?? throw new ProjectionException($"--only '{only}' is not a projection; use one of: {string.Join(", ", OnlyValues)}.");
        }

        var labelList = ImmutableArray.CreateBuilder<string>();
        if (labels is not null)
        {
            foreach (var part in labels.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var label = GraphSchema.Labels.FirstOrDefault(l => string.Equals(l, part, StringComparison.OrdinalIgnoreCase))
                    ?? throw new ProjectionException($"--labels: '{part}' is not a label of the graph; use a comma-separated list of {string.Join(", ", GraphSchema.Labels)}.");
                if (!labelList.Contains(label))
                {
                    labelList.Add(label);
                }
            }

            if (labelList.Count == 0)
            {
                throw new ProjectionException($"--labels is empty; give a comma-separated list of {string.Join(", ", GraphSchema.Labels)}.");
            }
        }

        var from = ParseDate("--since", since);
        var to = ParseDate("--until", until);
        if (from is not null && to is not null && from > to)
        {
            throw new ProjectionException($"--since {from:yyyy-MM-dd} is after --until {to:yyyy-MM-dd}; nothing could be kept.");
        }

        return new Projection(onlyValue, labelList.ToImmutable(), from, to);
    }

    private static DateOnly? ParseDate(string option, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new ProjectionException($"{option} '{text}' is not a date; write it as yyyy-MM-dd (e.g. 2024-03-15).");
    }

    /// <summary>Whether an ISO date text (yyyy-MM-dd, possibly followed by a time) lies in the range.</summary>
    internal bool InRange(string? iso)
    {
        if (iso is null || iso.Length < 10
            || !DateOnly.TryParseExact(iso[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return false;
        }

        return (Since is null || d >= Since) && (Until is null || d <= Until);
    }
}

/// <summary>Applies a <see cref="Projection"/> to a graph (before analytics and export).</summary>
public static class GraphProjection
{
    private static readonly ImmutableArray<string> CompanyTechnologyLabels =
        [NodeLabels.Company, NodeLabels.Organization, NodeLabels.Technology, NodeLabels.Industry];

    public static KnowledgeGraph Project(KnowledgeGraph graph, Projection projection)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(projection);
        if (projection.IsAll)
        {
            return graph;
        }

        var nodes = graph.Nodes.ToList();
        var edges = graph.Edges.ToList();

        if (projection.Since is not null || projection.Until is not null)
        {
            var datedIn = graph.Nodes
                .Where(n => n.Label is NodeLabels.Article or NodeLabels.Event && projection.InRange(n.Properties.GetString("date")))
                .Select(n => n.Id)
                .ToHashSet(StringComparer.Ordinal);
            var articleIn = graph.Nodes
                .Where(n => n.Label == NodeLabels.Article && datedIn.Contains(n.Id))
                .Select(n => n.Key)
                .ToHashSet(StringComparer.Ordinal);
            edges = edges.Where(e => e.Properties.GetList("articles").Any(articleIn.Contains)
                || (graph.Node(e.Source).Label == NodeLabels.Event && datedIn.Contains(e.Source))
                || (graph.Node(e.Target).Label == NodeLabels.Event && datedIn.Contains(e.Target))).ToList();
            var touched = Ends(edges);
            nodes = nodes.Where(n => touched.Contains(n.Id) || datedIn.Contains(n.Id)).ToList();
        }

        if (projection.Only == Projection.CompanyTechnology)
        {
            edges = edges.Where(e => e.Type is RelationshipTypes.Develops or RelationshipTypes.InIndustry).ToList();
            var touched = Ends(edges);
            nodes = nodes.Where(n => touched.Contains(n.Id) && n.Labels.Any(CompanyTechnologyLabels.Contains)).ToList();
        }

        if (!projection.Labels.IsDefaultOrEmpty)
        {
            nodes = nodes.Where(n => n.Labels.Any(projection.Labels.Contains)).ToList();
        }

        var kept = nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var builder = new GraphBuilder();
        foreach (var n in nodes)
        {
            builder.AddNode(n.Label, n.Properties);
        }

        foreach (var e in edges.Where(e => kept.Contains(e.Source) && kept.Contains(e.Target)))
        {
            builder.AddEdge(e.Type, e.Source, e.Target, e.Properties);
        }

        return builder.ToGraph();
    }

    private static HashSet<string> Ends(IEnumerable<GraphEdge> edges) =>
        edges.SelectMany(e => new[] { e.Source, e.Target }).ToHashSet(StringComparer.Ordinal);
}
