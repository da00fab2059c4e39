using System.ComponentModel;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Graph.Neo4j;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graph.Cli.Commands;

public sealed class CypherSettings : Neo4jConnectionSettings
{
    [CommandArgument(0, "[query]")]
    [Description("The Cypher query (or use -f).")]
    public string? Query { get; init; }

    [CommandOption("-f|--file <FILE>")]
    [Description("Read the query from a .cypher file (e.g. queries/visits.cypher); statements end with ';' at end of line.")]
    public string? File { get; init; }

    [CommandOption("-p|--param <NAME=VALUE>")]
    [Description("A string parameter, repeatable: -p from=张三 -p to=人工智能.")]
    public string[] Parameters { get; init; } = [];

    [CommandOption("--format <FORMAT>")]
    [Description("table, json or csv.")]
    [DefaultValue("table")]
    public string Format { get; init; } = "table";

    [CommandOption("--write")]
    [Description("Allow statements that change the graph (CREATE, MERGE, SET, DELETE…). Without it cypher is read-only: " +
                 "each statement runs in a read transaction that is rolled back, and the command fails with exit code 14, if it changed anything.")]
    public bool Write { get; init; }

    public override ValidationResult Validate() =>
        (Query is null) == (File is null) ? ValidationResult.Error("Give either a query or -f FILE.")
        : Format is not ("table" or "json" or "csv") ? ValidationResult.Error("--format must be table, json or csv.")
        : Parameters.Any(p => !p.Contains('=')) ? ValidationResult.Error("--param takes NAME=VALUE.")
        : ValidationResult.Success();
}

/// <summary>
/// <c>cypher</c>: run a query and print its rows as a table, JSON or CSV. Read-only unless <c>--write</c>: each statement
/// goes through <see cref="Neo4jHttpClient.RunReadOnlyAsync"/>, which rolls back and refuses one that changed anything.
/// </summary>
public sealed class CypherCommand : AsyncCommand<CypherSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, CypherSettings settings, CancellationToken cancellationToken)
    {
        var console = AnsiConsole.Console;
        try
        {
            var text = settings.Query ?? await System.IO.File.ReadAllTextAsync(settings.File!, cancellationToken);
            var parameters = settings.Parameters.Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => (object?)p[1], StringComparer.Ordinal);
            using var client = new Neo4jHttpClient(settings.ToConnection());
            foreach (var statement in CypherOutput.Split(text))
            {
                var result = await CypherOutput.RunAsync(client, statement, parameters, settings.Write, cancellationToken);
                switch (settings.Format)
                {
                    case "json": Console.Out.Write(CypherOutput.Json(result)); break;
                    case "csv": Console.Out.Write(CypherOutput.Csv(result)); break;
                    default: console.Write(CypherOutput.Table(result)); break;
                }
            }

            return ExitCodes.Ok;
        }
        catch (Exception e) when (Neo4jCli.ExitCodeOf(e) is { } code)
        {
            console.MarkupLineInterpolated($"[red]{e.Message}[/]");
            return code;
        }
    }
}

/// <summary>Result rendering and statement splitting for the cypher command.</summary>
internal static class CypherOutput
{
    /// <summary>--write: one auto-committed transaction as before; otherwise the read-only guard.</summary>
    public static Task<StatementResult> RunAsync(
        Neo4jHttpClient client, string statement, IReadOnlyDictionary<string, object?> parameters, bool write, CancellationToken cancellationToken) =>
        write
            ? client.RunAsync(statement, parameters, cancellationToken)
            : client.RunReadOnlyAsync(statement, parameters, cancellationToken);

    /// <summary>Statements end with ';' at the end of a line (as in queries/ and graph.cypher); a lone statement may omit it.</summary>
    public static IEnumerable<string> Split(string text) => text
        .ReplaceLineEndings("\n")
        .Split(";\n")
        .Select(s => s.Trim().TrimEnd(';').Trim())
        .Where(s => s.Split('\n').Any(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith("//", StringComparison.Ordinal)));

    public static string Cell(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString()!,
        JsonValueKind.Null or JsonValueKind.Undefined => "",
        _ => e.GetRawText(),
    };

    public static Table Table(StatementResult result)
    {
        var table = new Table();
        foreach (var f in result.Fields)
        {
            table.AddColumn(new TableColumn(Markup.Escape(f)));
        }

        foreach (var row in result.Rows)
        {
            table.AddRow(row.Select(v => (Spectre.Console.Rendering.IRenderable)new Text(Cell(v))).ToArray());
        }

        table.Caption = new TableTitle(string.Create(CultureInfo.InvariantCulture, $"{result.Rows.Length} row(s)"));
        return table;
    }

    public static string Json(StatementResult result)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartArray();
            foreach (var row in result.Rows)
            {
                w.WriteStartObject();
                for (var i = 0; i < result.Fields.Length && i < row.Length; i++)
                {
                    w.WritePropertyName(result.Fields[i]);
                    row[i].WriteTo(w);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        return Encoding.UTF8.GetString(ms.ToArray()) + "\n";
    }

    public static string Csv(StatementResult result)
    {
        var sb = new StringBuilder();
        sb.AppendJoin(',', result.Fields.Select(Quote)).Append('\n');
        foreach (var row in result.Rows)
        {
            sb.AppendJoin(',', row.Select(v => Quote(Cell(v)))).Append('\n');
        }

        return sb.ToString();
    }

    private static string Quote(string s) =>
        s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
}
