using System.ComponentModel;
using Graph.Analytics;
using Graph.Model;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graph.Cli.Commands;

public sealed class PathSettings : ProjectionSettings
{
    [CommandArgument(0, "<from>")]
    [Description("Start entity: a name, an alias, or a node id such as Person:黄强.")]
    public string From { get; init; } = "";

    [CommandArgument(1, "<to>")]
    [Description("End entity: a name, an alias, or a node id.")]
    public string To { get; init; } = "";

    [CommandArgument(2, "<inputs>")]
    [Description("A graph.graphml file, or article files/folders (*.txt) to build the graph from.")]
    public string[] Inputs { get; init; } = [];

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(From) || string.IsNullOrWhiteSpace(To) ? ValidationResult.Error("Give two entity names.")
        : Inputs.Length == 0 ? ValidationResult.Error("Give a .graphml file or article files/folders.")
        : ValidationResult.Success();
}

/// <summary>
/// <c>path</c>: the shortest path between two entities (relationships walked either way, provenance left out).
/// Exit 0 with the path; 1 when the two are not connected; 2 for an unknown name or a bad input.
/// </summary>
public sealed class PathCommand(IAnsiConsole console) : Command<PathSettings>
{
    public const int NotConnected = 1;

    public override int Execute(CommandContext context, PathSettings settings, CancellationToken cancellationToken)
    {
        if (AnalyticsInputs.TryRead(console, settings.Inputs, settings, out var graph) is { } failed)
        {
            return failed;
        }

        EntityPath? path;
        try
        {
            path = new ShortestPath(graph).Between(settings.From, settings.To);
        }
        catch (UnknownEntityException e)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return ExitCodes.Usage;
        }

        if (path is null)
        {
            console.MarkupLineInterpolated($"no path between '{settings.From}' and '{settings.To}': they are in different components (see `graph stats`).");
            return NotConnected;
        }

        console.MarkupLineInterpolated($"{path.Length} relationship(s):");
        console.WriteLine(Describe(path));
        return ExitCodes.Ok;
    }

    /// <summary>One line per hop: <c>(Person) 黄强 -[PARTICIPATED_IN]-> (Event) visit 2024-03-15</c>; arrows show the stored direction.</summary>
    public static string Describe(EntityPath path)
    {
        var lines = new List<string> { Name(path.Nodes[0]) };
        for (var i = 0; i < path.Steps.Length; i++)
        {
            var step = path.Steps[i];
            var arrow = step.Forward ? $"  -[{step.Edge.Type}]-> " : $"  <-[{step.Edge.Type}]- ";
            lines.Add(arrow + Name(path.Nodes[i + 1]));
        }

        return string.Join('\n', lines);
    }

    private static string Name(GraphNode node) => node.Label == NodeLabels.Event
        ? $"({node.Label}) {node.Properties.GetString("type")} {node.Properties.GetString("date") ?? "undated"}: {Short(node.Properties.GetString("summary"))}"
        : $"({node.Label}) {node.Key}";

    private static string Short(string? text)
    {
        var t = (text ?? "").ReplaceLineEndings(" ").Trim();
        return t.Length <= 40 ? t : t[..40] + "…";
    }
}
