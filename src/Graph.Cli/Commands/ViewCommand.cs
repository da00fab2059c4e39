using System.ComponentModel;
using System.Text;
using Graph.View;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graph.Cli.Commands;

public sealed class ViewSettings : CommandSettings
{
    [CommandArgument(0, "<inputs>")]
    [Description("A graph.graphml file, or article files/folders (*.txt) to build the graph from.")]
    public string[] Inputs { get; init; } = [];

    [CommandOption("-o|--out <FILE>")]
    [Description("Output file (default graph-exports/<projection>.html, or .svg with --format svg).")]
    public string? Out { get; init; }

    [CommandOption("--format <FORMAT>")]
    [Description("html (interactive, self-contained, works offline) or svg (static, for reports).")]
    [DefaultValue("html")]
    public string Format { get; init; } = "html";

    [CommandOption("--only <PROJECTION>")]
    [Description("company-technology (companies/organizations, technologies, industries; DEVELOPS, IN_INDUSTRY) or all (every entity and relationship except MENTIONS/REPORTED_IN).")]
    [DefaultValue("company-technology")]
    public string Only { get; init; } = "company-technology";

    [CommandOption("--labels <L1,L2>")]
    [Description("Keep only nodes with these labels, e.g. Company,Technology (a Company is also an Organization).")]
    public string? Labels { get; init; }

    [CommandOption("--since <DATE>")]
    [Description("Keep relationships with an article dated on or after yyyy-MM-dd.")]
    public string? Since { get; init; }

    [CommandOption("--until <DATE>")]
    [Description("Keep relationships with an article dated on or before yyyy-MM-dd.")]
    public string? Until { get; init; }

    [CommandOption("--size <MEASURE>")]
    [Description("Node size by degree or pagerank (the analytics property; degree where absent).")]
    [DefaultValue("degree")]
    public string Size { get; init; } = "degree";

    public override ValidationResult Validate() =>
        Inputs.Length == 0 ? ValidationResult.Error("Give a .graphml file or article files/folders.")
        : Format is not ("html" or "svg") ? ValidationResult.Error("--format must be html or svg.")
        : Only is not ("company-technology" or "all") ? ValidationResult.Error("--only must be company-technology or all.")
        : Size is not ("degree" or "pagerank") ? ValidationResult.Error("--size must be degree or pagerank.")
        : ValidationResult.Success();
}

/// <summary><c>view</c>: write the graph (or a projection of it) as a self-contained HTML page or a static SVG.</summary>
public sealed class ViewCommand(IAnsiConsole console) : Command<ViewSettings>
{
    public override int Execute(CommandContext context, ViewSettings settings, CancellationToken cancellationToken)
    {
        ViewOptions options;
        try
        {
            options = new ViewOptions(
                ViewOptions.ParseScope(settings.Only),
                ViewOptions.ParseLabels(settings.Labels),
                ViewOptions.ParseDate(settings.Since, "--since"),
                ViewOptions.ParseDate(settings.Until, "--until"));
        }
        catch (ArgumentException e)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return ExitCodes.Usage;
        }

        Model.KnowledgeGraph graph;
        try
        {
            graph = LoadInputs.Read(settings.Inputs);
        }
        catch (Exception e) when (Neo4jCli.ExitCodeOf(e) is { } code)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return code;
        }

        var view = GraphView.Project(graph, options);
        var size = settings.Size == "pagerank" ? ViewSize.PageRank : ViewSize.Degree;
        var path = settings.Out ?? Path.Combine("graph-exports", settings.Only + "." + settings.Format);
        try
        {
            var dir = Path.GetDirectoryName(Path.GetFullPath(path));
            if (dir is not null)
            {
                Directory.CreateDirectory(dir);
            }

            using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" })
            {
                if (settings.Format == "svg")
                {
                    new SvgViewWriter(size).Write(view, writer);
                }
                else
                {
                    new HtmlViewWriter(size).Write(view, writer);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.MarkupLineInterpolated($"[red]error:[/] could not write '{path}': {e.Message}");
            return ExitCodes.OutputFailed;
        }

        console.MarkupLineInterpolated($"{view.Nodes.Length} nodes, {view.Edges.Length} edges, {view.Articles.Count} articles ({settings.Only}) -> [green]{path}[/]");
        return ExitCodes.Ok;
    }
}
