using System.Globalization;
using Graph.Model;
using Graph.Pipeline;
using Spectre.Console;

namespace Graph.Cli;

/// <summary>The end-of-build summary: articles read and skipped (with reasons), nodes per label, relationships per type, time.</summary>
internal static class Summary
{
    public static void Print(IAnsiConsole console, PipelineResult result, IReadOnlyList<string> outputs)
    {
        var inv = CultureInfo.InvariantCulture;
        var table = new Table().Border(TableBorder.Rounded).AddColumn("what").AddColumn(new TableColumn("count").RightAligned());
        table.AddRow("articles read", result.Articles.Length.ToString(inv));
        table.AddRow("files skipped", result.Skipped.Length.ToString(inv));
        foreach (var (label, n) in result.Graph.CountByPrimaryLabel().OrderBy(kv => GraphSchema.LabelOrder(kv.Key)))
        {
            table.AddRow(Markup.Escape($"nodes :{label}"), n.ToString(inv));
        }

        foreach (var (type, n) in result.Graph.CountByType().OrderBy(kv => GraphSchema.RelationshipOrder(kv.Key)))
        {
            table.AddRow(Markup.Escape($"relationships [{type}]"), n.ToString(inv));
        }

        table.AddRow("nodes (total)", result.Graph.Nodes.Length.ToString(inv));
        table.AddRow("relationships (total)", result.Graph.Edges.Length.ToString(inv));
        table.AddRow("seconds", result.Elapsed.TotalSeconds.ToString("0.00", inv));
        console.Write(table);
        foreach (var s in result.Skipped)
        {
            console.MarkupLineInterpolated($"[yellow]skipped[/] {s.Source}: {s.Reason}");
        }

        foreach (var o in outputs)
        {
            console.MarkupLineInterpolated($"wrote {o}");
        }
    }
}
