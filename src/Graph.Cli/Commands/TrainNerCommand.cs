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
        List<ClueNerExample> examples;
        try
        {
            using var reader = new StreamReader(settings.Train);
            examples = ClueNerCorpus.Read(reader, settings.Train);
        }
        catch (InvalidDataException e)
        {
            Console.Error.WriteLine($"train-ner: {e.Message}");
            return ExitCodes.BadInput;
        }
        var options = new PerceptronTrainerOptions { MaxEpochs = settings.Epochs, Seed = settings.Seed };
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
}
