using System.ComponentModel;
using Graph.Model;
using Graph.Neo4j;
using Graph.Pipeline;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graph.Cli.Commands;

/// <summary>Where Neo4j is: flags first, then NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_TOKEN, NEO4J_DATABASE.</summary>
public class Neo4jConnectionSettings : CommandSettings
{
    [CommandOption("--neo4j <URL>")]
    [Description("Neo4j HTTP URL, e.g. http://localhost:7474 or https://host:7473 (env NEO4J_URI).")]
    public string? Url { get; init; }

    [CommandOption("-u|--user <USER>")]
    [Description("User name (env NEO4J_USER).")]
    public string? User { get; init; }

    [CommandOption("--password <PASSWORD>")]
    [Description("Password (env NEO4J_PASSWORD; prefer the variable, flags show up in process lists). Never printed.")]
    public string? Password { get; init; }

    [CommandOption("--token <TOKEN>")]
    [Description("Bearer token instead of user/password (env NEO4J_TOKEN).")]
    public string? Token { get; init; }

    [CommandOption("-d|--database <NAME>")]
    [Description("Database name (env NEO4J_DATABASE; default neo4j; Neo4j 3.x has only one).")]
    public string? Database { get; init; }

    public Neo4jConnection ToConnection() => Neo4jConnection.From(Url, User, Password, Token, Database, Environment.GetEnvironmentVariable);
}

public sealed class LoadSettings : Neo4jConnectionSettings
{
    [CommandArgument(0, "<inputs>")]
    [Description("A graph.graphml file, or article files/folders (*.txt) to build the graph from.")]
    public string[] Inputs { get; init; } = [];

    [CommandOption("-b|--batch-size <ROWS>")]
    [Description("Rows per UNWIND statement (one transaction each).")]
    [DefaultValue(LoadOptions.DefaultBatchSize)]
    public int BatchSize { get; init; } = LoadOptions.DefaultBatchSize;

    public override ValidationResult Validate() =>
        Inputs.Length == 0 ? ValidationResult.Error("Give a .graphml file or article files/folders.")
        : BatchSize < 1 ? ValidationResult.Error("--batch-size must be at least 1.")
        : ValidationResult.Success();
}

/// <summary><c>load</c>: build or read a graph, then MERGE it into Neo4j over HTTP and print the counters.</summary>
public sealed class LoadCommand : AsyncCommand<LoadSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, LoadSettings settings, CancellationToken cancellationToken)
    {
        var console = AnsiConsole.Console;
        try
        {
            var graph = LoadInputs.Read(settings.Inputs);
            var connection = settings.ToConnection();
            console.MarkupLineInterpolated($"Loading {graph.Nodes.Length} nodes and {graph.Edges.Length} relationships into {connection.ToString()}, {settings.BatchSize} rows per batch");
            var result = await Neo4jLoader.LoadAsync(graph, connection, new LoadOptions(settings.BatchSize), null, cancellationToken);
            console.MarkupLineInterpolated($"{result.Server.ToString()}: {result.Batches} batches in {result.Elapsed.TotalSeconds:0.0} s");
            console.MarkupLineInterpolated($"[green]{result.Counters.ToString()}[/]");
            return ExitCodes.Ok;
        }
        catch (Exception e) when (Neo4jCli.ExitCodeOf(e) is { } code)
        {
            console.MarkupLineInterpolated($"[red]{e.Message}[/]");
            return code;
        }
    }
}

/// <summary>The one place that turns load inputs into a graph.</summary>
internal static class LoadInputs
{
    public static KnowledgeGraph Read(IReadOnlyList<string> inputs)
    {
        if (inputs.Count == 1 && inputs[0].EndsWith(".graphml", StringComparison.OrdinalIgnoreCase))
        {
            if (!File.Exists(inputs[0]))
            {
                throw new UsageException($"{inputs[0]}: no such file; build one with `graph build` or pass article files or folders.");
            }

            return new Graph.Export.GraphMlReader().ReadFile(inputs[0]);
        }

        // Built here from articles: the same degree/pagerank/component properties as a `build` export.
        return Graph.Analytics.GraphAnalytics.Annotate(new GraphPipeline().Build(inputs).Graph);
    }
}

/// <summary>A command-line mistake (exit 2).</summary>
internal sealed class UsageException(string message) : Exception(message);

/// <summary>Maps Neo4j failures to the documented exit codes.</summary>
internal static class Neo4jCli
{
    public static int? ExitCodeOf(Exception e) => e switch
    {
        Neo4jException n => n.Failure switch
        {
            Neo4jFailure.Unreachable => ExitCodes.Neo4jUnreachable,
            Neo4jFailure.Authentication => ExitCodes.Neo4jAuth,
            Neo4jFailure.DatabaseNotFound => ExitCodes.Neo4jDatabase,
            Neo4jFailure.WriteRefused => ExitCodes.Neo4jWriteRefused,
            _ => ExitCodes.Neo4jStatement,
        },
        UsageException or ArgumentException or FileNotFoundException or DirectoryNotFoundException => ExitCodes.Usage,
        _ => null,
    };
}
