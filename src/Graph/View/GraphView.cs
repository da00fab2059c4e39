using System.Collections.Immutable;
using System.Globalization;
using Graph.Model;

namespace Graph.View;

/// <summary>Which part of the graph a view shows.</summary>
public enum ViewScope
{
    /// <summary>Company/Organization, Technology and Industry nodes joined by DEVELOPS and IN_INDUSTRY.</summary>
    CompanyTechnology,

    /// <summary>Every entity and relationship except the provenance ones (MENTIONS, REPORTED_IN) and Article nodes.</summary>
    All,
}

/// <summary>What to show: scope, labels (empty: all of the scope's) and an inclusive article date range.</summary>
public sealed record ViewOptions(ViewScope Scope, ImmutableArray<string> Labels, DateOnly? Since, DateOnly? Until)
{
    public static ViewOptions Default { get; } = new(ViewScope.CompanyTechnology, [], null, null);

    public static ViewScope ParseScope(string text) => text switch
    {
        "company-technology" => ViewScope.CompanyTechnology,
        "all" => ViewScope.All,
        _ => throw new ArgumentException($"'{text}' is not a view projection; use company-technology or all.", nameof(text)),
    };

    public static string ScopeName(ViewScope scope) => scope == ViewScope.All ? "all" : "company-technology";

    /// <summary>Parses <c>L1,L2</c>; each must be a label of the graph schema (Article excepted).</summary>
    public static ImmutableArray<string> ParseLabels(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var labels = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var l in labels)
        {
            if (!GraphSchema.Labels.Contains(l) || l == NodeLabels.Article)
            {
                throw new ArgumentException(
                    $"--labels: '{l}' is not an entity label; use some of {string.Join(',', GraphSchema.Labels.Where(x => x != NodeLabels.Article))}.", nameof(text));
            }
        }

        return [.. labels.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>Parses an ISO <c>yyyy-MM-dd</c> date; null or empty gives null.</summary>
    public static DateOnly? ParseDate(string? text, string option) =>
        string.IsNullOrWhiteSpace(text) ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : throw new ArgumentException($"{option}: '{text}' is not a date; write yyyy-MM-dd, e.g. 2024-03-15.", option);
}

/// <summary>An article as the view shows it in the provenance panel.</summary>
public sealed record ViewArticle(string Id, string Title, string? Date, string? Url);

/// <summary>A node of the view: its labels, display name, aliases, size measures and the articles it came from.</summary>
public sealed record ViewNode(
    string Id,
    string Label,
    ImmutableArray<string> Labels,
    string Name,
    ImmutableArray<string> Aliases,
    long Degree,
    double? PageRank,
    ImmutableArray<string> Articles);

/// <summary>A relationship of the view with the articles it was read from.</summary>
public sealed record ViewEdge(string Type, string Source, string Target, ImmutableArray<string> Articles);

/// <summary>
/// The projection a view draws: nodes and edges in the graph's order, plus every article they cite.
/// Built only by <see cref="Project"/>; the same graph and options give the same view.
/// </summary>
public sealed class GraphView
{
    private static readonly ImmutableArray<string> CompanyTechnologyLabels =
        [NodeLabels.Company, NodeLabels.Organization, NodeLabels.Technology, NodeLabels.Industry];

    private static readonly ImmutableArray<string> CompanyTechnologyTypes = [RelationshipTypes.Develops, RelationshipTypes.InIndustry];

    private static readonly ImmutableArray<string> ProvenanceTypes = [RelationshipTypes.Mentions, RelationshipTypes.ReportedIn];

    private GraphView(ViewOptions options, ImmutableArray<ViewNode> nodes, ImmutableArray<ViewEdge> edges, ImmutableSortedDictionary<string, ViewArticle> articles)
    {
        Options = options;
        Nodes = nodes;
        Edges = edges;
        Articles = articles;
    }

    public ViewOptions Options { get; }

    public ImmutableArray<ViewNode> Nodes { get; }

    public ImmutableArray<ViewEdge> Edges { get; }

    /// <summary>Articles cited by the nodes and edges, by id.</summary>
    public ImmutableSortedDictionary<string, ViewArticle> Articles { get; }

    /// <summary>The labels present, in schema order (what the label checkboxes offer).</summary>
    public ImmutableArray<string> PresentLabels => [.. GraphSchema.Labels.Where(l => Nodes.Any(n => n.Label == l))];

    /// <summary>
    /// Projects <paramref name="graph"/>: an edge is kept when its type is in scope, both ends carry a label in scope
    /// (and in <see cref="ViewOptions.Labels"/> when given) and, under a date range, at least one of its articles is dated
    /// inside it (undated articles never match a range). A node is kept when a kept edge touches it. Node provenance is
    /// the articles that mention it plus those of its kept edges, narrowed to the range when one is given.
    /// Degree is the node's <c>degree</c> property when the graph has one (analytics), else its degree in the view.
    /// </summary>
    public static GraphView Project(KnowledgeGraph graph, ViewOptions options)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(options);
        var dates = new Dictionary<string, DateOnly?>(StringComparer.Ordinal);
        var articleNodes = new Dictionary<string, GraphNode>(StringComparer.Ordinal);
        foreach (var n in graph.Nodes.Where(n => n.Label == NodeLabels.Article))
        {
            articleNodes[n.Key] = n;
            dates[n.Key] = DateOnly.TryParseExact(n.Properties.GetString("date") ?? "", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        }

        var ranged = options.Since is not null || options.Until is not null;
        bool InRange(string articleId) =>
            !ranged || (dates.TryGetValue(articleId, out var d) && d is { } day
                && (options.Since is not { } s || day >= s) && (options.Until is not { } u || day <= u));

        bool NodeInScope(GraphNode n) =>
            n.Label != NodeLabels.Article
            && (options.Scope == ViewScope.All || n.Labels.Any(CompanyTechnologyLabels.Contains))
            && (options.Labels.IsEmpty || n.Labels.Any(options.Labels.Contains));

        bool TypeInScope(string type) => options.Scope == ViewScope.All
            ? !ProvenanceTypes.Contains(type)
            : CompanyTechnologyTypes.Contains(type);

        var edges = ImmutableArray.CreateBuilder<ViewEdge>();
        var kept = new HashSet<string>(StringComparer.Ordinal);
        var degree = new Dictionary<string, long>(StringComparer.Ordinal);
        var nodeArticles = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        void Cite(string node, IEnumerable<string> ids)
        {
            if (!nodeArticles.TryGetValue(node, out var set))
            {
                nodeArticles[node] = set = new SortedSet<string>(StringComparer.Ordinal);
            }

            set.UnionWith(ids);
        }

        foreach (var e in graph.Edges)
        {
            if (!TypeInScope(e.Type) || !NodeInScope(graph.Node(e.Source)) || !NodeInScope(graph.Node(e.Target)))
            {
                continue;
            }

            var articles = e.Properties.GetList("articles");
            if (ranged && !articles.Any(InRange))
            {
                continue;
            }

            var shown = ranged ? [.. articles.Where(InRange)] : articles;
            edges.Add(new ViewEdge(e.Type, e.Source, e.Target, shown));
            foreach (var end in new[] { e.Source, e.Target })
            {
                kept.Add(end);
                degree[end] = degree.GetValueOrDefault(end) + 1;
                Cite(end, shown);
            }
        }

        foreach (var e in graph.Edges.Where(e => e.Type == RelationshipTypes.Mentions && kept.Contains(e.Target)))
        {
            if (graph.Node(e.Source).Label == NodeLabels.Article)
            {
                Cite(e.Target, new[] { graph.Node(e.Source).Key }.Concat(e.Properties.GetList("articles")).Where(InRange));
            }
        }

        var nodes = graph.Nodes.Where(n => kept.Contains(n.Id)).Select(n => new ViewNode(
            n.Id,
            n.Label,
            n.Labels,
            n.Key,
            n.Properties.GetList("aliases"),
            n.Properties.GetLong("degree") ?? degree[n.Id],
            n.Properties.TryGetValue("pagerank", out var pr) && pr is double p ? p : null,
            [.. nodeArticles[n.Id]])).ToImmutableArray();

        var cited = nodes.SelectMany(n => n.Articles).Concat(edges.SelectMany(e => e.Articles)).ToHashSet(StringComparer.Ordinal);
        var table = cited.Select(id => articleNodes.TryGetValue(id, out var a)
                ? new ViewArticle(id, a.Properties.GetString("title") ?? id, a.Properties.GetString("date"), a.Properties.GetString("url"))
                : new ViewArticle(id, id, null, null))
            .ToImmutableSortedDictionary(a => a.Id, a => a, StringComparer.Ordinal);
        return new GraphView(options, nodes, edges.ToImmutable(), table);
    }
}
