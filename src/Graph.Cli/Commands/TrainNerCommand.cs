using System.Diagnostics.CodeAnalysis;
using System.ComponentModel;
using Graph.Extraction.Learned;
using Spectre.Console.Cli;

namespace Graph.Cli.Commands;

public sealed class TrainNerSettings : CommandSettings
{
    [CommandOption("--train <FILE>")]
    [Description("CLUENER2020 train.json (json lines with text and label).")]
    public string Train { get; init; } = "";

    [CommandOption("-o|--out <FILE>")]
    [Description("Model file to write (default ner-cluener.bin.gz).")]
    [DefaultValue("ner-cluener.bin.gz")]
    public string Out { get; init; } = "ner-cluener.bin.gz";

    [CommandOption("--epochs <N>")]
    [Description("Most epochs; early stopping on a held-out 10% of the train file picks the count (default 15).")]
    [DefaultValue(15)]
    public int Epochs { get; init; } = 15;

    [CommandOption("--seed <N>")]
    [Description("Shuffling seed (default 20200101).")]
    [DefaultValue(20200101)]
    public int Seed { get; init; } = 20200101;

    [CommandOption("--dict <FILE>")]
    [Description("Public word dictionary in jieba dict.txt form ('word frequency pos' lines); its knowledge is stored in the model.")]
    public string? Dict { get; init; }

    [CommandOption("--dict-features <LIST>")]
    [Description("Dictionary features to use: comma list of Words, CharRoles, Boundaries, Segmentation (default Boundaries,Segmentation).")]
    [DefaultValue("Boundaries,Segmentation")]
    public string DictFeatures { get; init; } = "Boundaries,Segmentation";
}

public sealed class TrainNerCommand : Command<TrainNerSettings>
{
    public override int Execute(CommandContext context, TrainNerSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Train.Length == 0 || !File.Exists(settings.Train))
        {
            Console.Error.WriteLine($"train-ner: --train file '{settings.Train}' not found; pass the CLUENER train.json.");
            return ExitCodes.Usage;
        }
        if (!TryRead(settings.Train, ClueNerCorpus.Read, out var examples))
        {
            return ExitCodes.BadInput;
        }

        var dictionary = WordDictionary.Empty;
        if (settings.Dict is not null)
        {
            if (!File.Exists(settings.Dict))
            {
                Console.Error.WriteLine($"train-ner: --dict file '{settings.Dict}' not found; pass jieba's dict.txt (Resources/dict.txt of the jieba.NET package).");
                return ExitCodes.Usage;
            }

            if (!TryRead(settings.Dict, WordDictionary.Parse, out var parsed))
            {
                return ExitCodes.BadInput;
            }

            dictionary = parsed;
        }

        if (!Enum.TryParse<DictionaryFeatures>(settings.DictFeatures, ignoreCase: true, out var dictFeatures))
        {
            Console.Error.WriteLine($"train-ner: --dict-features '{settings.DictFeatures}' is not a comma list of Words, CharRoles, Boundaries, Segmentation.");
            return ExitCodes.Usage;
        }
        var options = new PerceptronTrainerOptions
        {
            MaxEpochs = settings.Epochs, Seed = settings.Seed, Dictionary = dictionary, DictionaryFeatures = dictFeatures,
        };
        try
        {
            using var output = File.Create(settings.Out);
            new PerceptronTrainer(options, Console.Error).Train(examples, output);
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"train-ner: could not write {settings.Out}: {e.Message}");
            return ExitCodes.OutputFailed;
        }
        Console.Error.WriteLine($"train-ner: wrote {settings.Out} ({new FileInfo(settings.Out).Length} bytes)");
        return ExitCodes.Ok;
    }

    /// <summary>Parses one input file; a malformed one is reported (the parser's message names file and line).</summary>
    private static bool TryRead<T>(string path, Func<TextReader, string, T> parse, [NotNullWhen(true)] out T? result)
        where T : class
    {
        try
        {
            using var reader = new StreamReader(path);
            result = parse(reader, path);
            return true;
        }
        catch (InvalidDataException e)
        {
            Console.Error.WriteLine($"train-ner: {e.Message}");
            result = null;
            return false;
        }
    }
}
