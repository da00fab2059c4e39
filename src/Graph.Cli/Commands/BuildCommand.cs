using System.ComponentModel;
using Graph.Analytics;
using Graph.Export;
using Graph.Neo4j;
using Graph.Pipeline;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graph.Cli.Commands;

public sealed class BuildSettings : Neo4jConnectionSettings
{
    [CommandArgument(0, "<inputs>")]
    [Description("Article files or folders (folders: *.txt, recursively).")]
    public string[] Inputs { get; init; } = [];

    [CommandOption("-o|--out <DIR>")]
    [Description("Output folder for graph.graphml, neo4j-import/ and graph.cypher (default graph-exports).")]
    [DefaultValue("graph-exports")]
    public string Out { get; init; } = "graph-exports";

    [CommandOption("--strict")]
    [Description("Any unreadable or unparsable file is fatal (exit 3).")]
    public bool Strict { get; init; }

    [CommandOption("-b|--batch-size <ROWS>")]
    [Description("With --neo4j: rows per UNWIND statement (one transaction each).")]
    [DefaultValue(LoadOptions.DefaultBatchSize)]
    public int BatchSize { get; init; } = LoadOptions.DefaultBatchSize;

    [CommandOption("--yed")]
    [Description("Also write graph.yed.graphml: GraphML with yFiles graphics, so yEd shows names, types and colours on open.")]
    public bool Yed { get; init; }

    [CommandOption("--threads <N>")]
    [Description("Extraction threads (default: one per core). Output is the same for any value.")]
    public int Threads { get; init; }

    [CommandOption("--only <PROJECTION>")]
    [Description("Export only a projection: company-technology (Company/Organization, Technology, Industry; DEVELOPS, IN_INDUSTRY).")]
    public string? Only { get; init; }

    [CommandOption("--labels <L1,L2>")]
    [Description("Export only nodes of these labels (comma-separated) and the relationships between them.")]
    public string? Labels { get; init; }

    [CommandOption("--since <yyyy-MM-dd>")]
    [Description("Export only relationships read from articles (or events) dated on or after this day.")]
    public string? Since { get; init; }

    [CommandOption("--until <yyyy-MM-dd>")]
    [Description("Export only relationships read from articles (or events) dated on or before this day.")]
    public string? Until { get; init; }
}

/// <summary><c>graph build</c>: read, extract, resolve, export; then a summary table.</summary>
public sealed class BuildCommand(IAnsiConsole console) : AsyncCommand<BuildSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, BuildSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Inputs.Length == 0)
        {
            console.MarkupLine("[red]error:[/] give at least one article file or folder.");
            return ExitCodes.Usage;
        }

        Projection projection;
        try
        {
            projection = Projection.Parse(settings.Only, settings.Labels, settings.Since, settings.Until);
        }
        catch (ProjectionException ex)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
            return ExitCodes.Usage;
        }

        var pipeline = new GraphPipeline(strict: settings.Strict, threads: settings.Threads);
        PipelineResult result;
        try
        {
            result = Run(pipeline, settings, cancellationToken);

            // Projection first, then degree/pagerank/component on what is exported (and loaded).
            result = result with { Graph = BuildOutputs.Prepare(result.Graph, projection) };
        }
        catch (StrictInputException ex)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
            return ExitCodes.BadInput;
        }

        try
        {
            var exports = BuildOutputs.Write(result.Graph, settings.Out, settings.Yed);
            Summary.Print(console, result, exports);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ExportException)
        {
            console.MarkupLineInterpolated($"[red]error:[/] could not write the exports to '{settings.Out}': {ex.Message}");
            return ExitCodes.OutputFailed;
        }

        // --neo4j given on the command line: load the graph just built (NEO4J_URI alone does not trigger a load).
        if (settings.Url is not null)
        {
            try
            {
                var connection = settings.ToConnection();
                var load = await Neo4jLoader.LoadAsync(result.Graph, connection, new LoadOptions(settings.BatchSize), null, cancellationToken);
                console.MarkupLineInterpolated($"loaded into {connection.ToString()}: [green]{load.Counters.ToString()}[/]");
            }
            catch (Exception e) when (Neo4jCli.ExitCodeOf(e) is { } code)
            {
                console.MarkupLineInterpolated($"[red]{e.Message}[/]");
                return code;
            }
        }

        return ExitCodes.Ok;
    }

    private PipelineResult Run(GraphPipeline pipeline, BuildSettings settings, CancellationToken cancellationToken)
    {
        if (console.Profile.Capabilities.Interactive)
        {
            PipelineResult? r = null;
            console.Progress().AutoClear(true).Start(ctx =>
            {
                var task = ctx.AddTask("reading and extracting articles");
                task.IsIndeterminate = true;
                var progress = new Progress<BuildProgress>(p =>
                {
                    task.IsIndeterminate = false;
                    task.MaxValue = p.Total;
                    task.Value = p.Done;
                });
                r = pipeline.Build(settings.Inputs, progress, cancellationToken);
                task.Value = task.MaxValue;
            });
            return r!;
        }

        return pipeline.Build(settings.Inputs, null, cancellationToken);
    }
}
