using System.ComponentModel;
using System.Globalization;
using Graph.Neo4j;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graph.Cli.Commands;

public sealed class LoadBenchSettings : Neo4jConnectionSettings
{
    [CommandOption("--articles <N>")]
    [Description("Size of the generated graph (about 12 nodes and 27 relationships per article).")]
    [DefaultValue(4000)]
    public int Articles { get; init; } = 4000;

    [CommandOption("--batch-sizes <LIST>")]
    [Description("Comma-separated batch sizes to measure.")]
    [DefaultValue("100,500,1000,2000,5000")]
    public string BatchSizes { get; init; } = "100,500,1000,2000,5000";

    [CommandOption("--wipe")]
    [Description("Required: the benchmark deletes everything in the database before each run.")]
    public bool Wipe { get; init; }

    public override ValidationResult Validate() => Wipe ? ValidationResult.Success() : ValidationResult.Error("bench-load empties the database; pass --wipe to confirm.");
}

/// <summary>Hidden <c>bench-load</c>: rows/second loading a generated graph into an empty database at several batch sizes.</summary>
public sealed class LoadBenchCommand : AsyncCommand<LoadBenchSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, LoadBenchSettings settings, CancellationToken cancellationToken)
    {
        var console = AnsiConsole.Console;
        try
        {
            var graph = SyntheticGraph.Generate(settings.Articles);
            var rows = graph.Nodes.Length + graph.Edges.Length;
            using var client = new Neo4jHttpClient(settings.ToConnection());
            var server = await client.DiscoverAsync(cancellationToken);
            console.MarkupLineInterpolated($"{server.ToString()}; graph: {graph.Nodes.Length} nodes + {graph.Edges.Length} relationships = {rows} rows");
            var table = new Table().AddColumns("batch size", "batches", "seconds", "rows/s", "nodes created", "rels created");
            foreach (var size in settings.BatchSizes.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture)))
            {
                await WipeAsync(client, cancellationToken);
                var r = await new Neo4jLoader(client).LoadAsync(graph, new LoadOptions(size), cancellationToken);
                table.AddRow(
                    size.ToString(CultureInfo.InvariantCulture),
                    r.Batches.ToString(CultureInfo.InvariantCulture),
                    r.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture),
                    (rows / r.Elapsed.TotalSeconds).ToString("0", CultureInfo.InvariantCulture),
                    r.Counters.NodesCreated.ToString(CultureInfo.InvariantCulture),
                    r.Counters.RelationshipsCreated.ToString(CultureInfo.InvariantCulture));
                console.MarkupLineInterpolated($"batch {size}: {rows / r.Elapsed.TotalSeconds:0} rows/s");
            }

            console.Write(table);
            return ExitCodes.Ok;
        }
        catch (Exception e) when (Neo4jCli.ExitCodeOf(e) is { } code)
        {
            console.MarkupLineInterpolated($"[red]{e.Message}[/]");
            return code;
        }
    }

    /// <summary>Deletes all nodes in chunks so one transaction never holds the whole graph.</summary>
    internal static async Task WipeAsync(Neo4jHttpClient client, CancellationToken cancellationToken)
    {
        while (true)
        {
            var r = await client.RunAsync("MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS deleted", null, cancellationToken);
            if (r.Rows.Length == 0 || r.Rows[0][0].GetInt64() == 0)
            {
                return;
            }
        }
    }
}
