using System.ComponentModel;
using System.Text;
using Graph.Extraction;
using Graph.Extraction.Learned;
using Spectre.Console.Cli;

namespace Graph.Cli.Commands;

public sealed class ExtractSettings : CommandSettings
{
    [CommandOption("--jsonl [FILE]")]
    [Description("JSON lines with a \"text\" field; without a file it reads stdin. Writes one result line per input line to stdout.")]
    public FlagValue<string> Jsonl { get; init; } = new();

    [CommandOption("--model <FILE>")]
    [Description("NER model written by train-ner (default: the model shipped in the Graph assembly).")]
    public string? Model { get; init; }
}

public sealed class ExtractCommand : Command<ExtractSettings>
{
    public override int Execute(CommandContext context, ExtractSettings settings, CancellationToken cancellationToken)
    {
        if (!settings.Jsonl.IsSet)
        {
            Console.Error.WriteLine("extract: pass --jsonl FILE (or --jsonl - for stdin).");
            return ExitCodes.Usage;
        }
        string path = string.IsNullOrEmpty(settings.Jsonl.Value) ? "-" : settings.Jsonl.Value;
        if (path != "-" && !File.Exists(path))
        {
            Console.Error.WriteLine($"extract: input file '{path}' not found.");
            return ExitCodes.Usage;
        }
        var tagger = settings.Model is null ? PerceptronTagger.FromEmbeddedModel() : PerceptronTagger.FromFile(settings.Model);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        using var input = path == "-" ? new StreamReader(Console.OpenStandardInput(), utf8) : new StreamReader(path, utf8);
        using var output = new StreamWriter(Console.OpenStandardOutput(), utf8, 1 << 16);
        var lexicon = Lexicon.LoadEmbedded();
        var genre = new GenreJsonlContributor(new GenreExtractor(lexicon));
        var result = new JsonlExtractor(tagger, [genre]).Run(input, output, Console.Error, path == "-" ? "stdin" : path);
        output.Flush();
        Console.Error.WriteLine($"extract: {result.Lines} lines, {result.BadLines} bad.");
        return ExitCodes.Ok;
    }
}
