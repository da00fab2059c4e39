using System.ComponentModel;
using Spectre.Console.Cli;

namespace Graph.Cli.Commands;

public sealed class BuildSettings : CommandSettings
{
    [CommandArgument(0, "<inputs>")]
    [Description("Article files or folders (*.txt).")]
    public string[] Inputs { get; init; } = [];

    [CommandOption("-o|--out <DIR>")]
    [Description("Output folder (default graph-exports).")]
    [DefaultValue("graph-exports")]
    public string Out { get; init; } = "graph-exports";

    [CommandOption("--strict")]
    [Description("Any unreadable or unparsable file is fatal (exit 3).")]
    public bool Strict { get; init; }
}

public sealed class BuildCommand : Command<BuildSettings>
{
    public override int Execute(CommandContext context, BuildSettings settings, CancellationToken cancellationToken)
    {
        return ExitCodes.Ok;
    }
}
