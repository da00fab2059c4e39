using System.ComponentModel;
using System.Globalization;
using Graph.Analytics;
using Graph.Export;
using Graph.Model;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graph.Cli.Commands;

/// <summary>Options shared by the analytics commands: the projection to analyse.</summary>
public abstract class ProjectionSettings : CommandSettings
{
    [CommandOption("--only <PROJECTION>")]
    [Description("Analyse only a projection: company-technology.")]
    public string? Only { get; init; }

    [CommandOption("--labels <L1,L2>")]
    [Description("Analyse only nodes of these labels (comma-separated) and the relationships between them.")]
    public string? Labels { get; init; }

    [CommandOption("--since <yyyy-MM-dd>")]
    [Description("Only relationships read from articles (or events) dated on or after this day.")]
    public string? Since { get; init; }

    [CommandOption("--until <yyyy-MM-dd>")]
    [Description("Only relationships read from articles (or events) dated on or before this day.")]
    public string? Until { get; init; }

    public Projection ToProjection() => Projection.Parse(Only, Labels, Since, Until);
}

public sealed class StatsSettings : ProjectionSettings
{
    [CommandArgument(0, "<inputs>")]
    [Description("A graph.graphml file, or article files/folders (*.txt) to build the graph from.")]
    public string[] Inputs { get; init; } = [];

    [CommandOption("-n|--top <N>")]
    [Description("Rows per table (default 10).")]
    [DefaultValue(10)]
    public int Top { get; init; } = 10;

    public override ValidationResult Validate() =>
        Inputs.Length == 0 ? ValidationResult.Error("Give a .graphml file or article files/folders.")
        : Top < 1 ? ValidationResult.Error("--top must be at least 1.")
        : ValidationResult.Success();
}

/// <summary><c>stats</c>: top-N people, companies, organizations and technologies by degree and PageRank, and the components.</summary>
public sealed class StatsCommand(IAnsiConsole console) : Command<StatsSettings>
{
    public static readonly string[] Labels = [NodeLabels.Person, NodeLabels.Company, NodeLabels.Organization, NodeLabels.Technology];

    public override int Execute(CommandContext context, StatsSettings settings, CancellationToken cancellationToken)
    {
        if (AnalyticsInputs.TryRead(console, settings.Inputs, settings, out var graph) is { } failed)
        {
            return failed;
        }

        var analytics = GraphAnalytics.Compute(graph);
        Print(console, graph, analytics, settings.Top);
        return ExitCodes.Ok;
    }

    public static void Print(IAnsiConsole console, KnowledgeGraph graph, AnalyticsResult analytics, int top)
    {
        var inv = CultureInfo.InvariantCulture;
        console.MarkupLineInterpolated($"{analytics.Metrics.Count} entities, {graph.Edges.Count(e => !EntityView.IsProvenance(e.Type))} relationships between them (Articles, MENTIONS and REPORTED_IN left out)");
        foreach (var label in Labels)
        {
            var byDegree = analytics.Top(graph, label, top, m => m.Degree);
            if (byDegree.Length == 0)
            {
                continue;
            }

            var byRank = analytics.Top(graph, label, top, m => m.PageRank);
            var table = new Table().Title($"{label}: top {top}")
                .AddColumn(new TableColumn("#").RightAligned())
                .AddColumn("by degree").AddColumn(new TableColumn("degree").RightAligned())
                .AddColumn("by PageRank").AddColumn(new TableColumn("pagerank").RightAligned());
            for (var i = 0; i < byDegree.Length; i++)
            {
                table.AddRow(
                    new Text((i + 1).ToString(inv)),
                    new Text(byDegree[i].Node.Key),
                    new Text(byDegree[i].Metrics.Degree.ToString(inv)),
                    new Text(byRank[i].Node.Key),
                    new Text(byRank[i].Metrics.PageRank.ToString("0.000000", inv)));
            }

            console.Write(table);
        }

        var components = new Table().Title($"components: {analytics.Components.Length} ({analytics.Components.Count(c => c.Size == 1)} single nodes)")
            .AddColumn(new TableColumn("component").RightAligned())
            .AddColumn(new TableColumn("nodes").RightAligned())
            .AddColumn("first node (smallest id)");
        foreach (var c in analytics.Components.Take(top))
        {
            components.AddRow(new Text(c.Number.ToString(inv)), new Text(c.Size.ToString(inv)), new Text(c.FirstId));
        }

        console.Write(components);
    }
}

/// <summary>Reads the graph of an analytics command (graph.graphml or articles) and applies its projection; failures are usage errors (exit 2).</summary>
internal static class AnalyticsInputs
{
    /// <summary>Null when the graph was read; else the exit code, after printing why.</summary>
    public static int? TryRead(IAnsiConsole console, IReadOnlyList<string> inputs, ProjectionSettings settings, out KnowledgeGraph graph)
    {
        graph = KnowledgeGraph.Empty;
        try
        {
            var projection = settings.ToProjection();
            var missing = inputs.FirstOrDefault(i => !File.Exists(i) && !Directory.Exists(i));
            if (missing is not null)
            {
                throw new UsageException($"{missing}: no such file or folder; give a graph.graphml (from `graph build`) or article files/folders.");
            }

            graph = GraphProjection.Project(LoadInputs.Read(inputs), projection);
            return null;
        }
        catch (Exception e) when (e is ProjectionException or UsageException or ExportException or IOException or UnauthorizedAccessException)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return ExitCodes.Usage;
        }
    }
}
