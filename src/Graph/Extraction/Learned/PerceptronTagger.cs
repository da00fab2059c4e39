namespace Graph.Extraction.Learned;

/// <summary>
/// The learned CLUENER tagger (structured averaged perceptron, BIOES, Viterbi). The model loads lazily on first use,
/// once per instance; after that the tagger is immutable and thread-safe.
/// </summary>
public sealed class PerceptronTagger : ISentenceTagger
{
    /// <summary>Name of the shipped model resource in the Graph assembly (Extraction/Data/ner-cluener.bin.gz).</summary>
    public const string EmbeddedModelName = "Graph.Data.ner-cluener.bin.gz";

    private readonly Lazy<NerModel> _model;
    private readonly ThreadLocal<FeatureScratch> _scratch = new(() => new FeatureScratch());

    /// <summary>A tagger over a model read from <paramref name="openModel"/> (a gzip model stream) on first use.</summary>
    public PerceptronTagger(Func<Stream> openModel, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(openModel);
        _model = new Lazy<NerModel>(() =>
        {
            using var stream = openModel();
            return NerModel.Read(stream, sourceName);
        }, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    internal PerceptronTagger(NerModel model)
    {
        _model = new Lazy<NerModel>(model);
    }

    /// <summary>The tagger over the model shipped inside the Graph assembly.</summary>
    public static PerceptronTagger FromEmbeddedModel() => new(() =>
        typeof(PerceptronTagger).Assembly.GetManifestResourceStream(EmbeddedModelName)
        ?? throw new InvalidOperationException(
            $"Embedded resource {EmbeddedModelName} is missing; train it with 'graph train-ner --train train.json --out src/Graph/Extraction/Data/ner-cluener.bin.gz' and rebuild."),
        EmbeddedModelName);

    /// <summary>A tagger over a model file written by train-ner.</summary>
    public static PerceptronTagger FromFile(string path) => new(() => File.OpenRead(path), path);

    internal NerModel Model => _model.Value;

    public IReadOnlyList<TaggedEntity> Tag(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0) return [];
        var model = _model.Value;
        var cps = new CodePointText(text);
        var found = model.Predict(cps.Chars, _scratch.Value!);
        var result = new List<TaggedEntity>(found.Count);
        foreach (var (cat, start, end) in found)
        {
            int from = cps.Utf16Offsets[start], to = cps.Utf16Offsets[end];
            result.Add(new TaggedEntity(model.Tags.Categories[cat], text[from..to], start, end));
        }
        return result;
    }
}
