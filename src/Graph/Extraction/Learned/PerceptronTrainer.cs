using System.Diagnostics;

namespace Graph.Extraction.Learned;

/// <summary>Training settings. Same data + settings give the same model bytes.</summary>
public sealed record PerceptronTrainerOptions
{
    public int MaxEpochs { get; init; } = 15;
    public int Patience { get; init; } = 3;
    public int Seed { get; init; } = 20200101;
    /// <summary>Share of TRAIN held out for early stopping (never the dev set).</summary>
    public double HeldOutFraction { get; init; } = 0.1;
    /// <summary>Gazetteer folds: a training line's gazetteer features come from the other folds' mentions.</summary>
    public int GazetteerFolds { get; init; } = 5;
    public int MinFeatureCount { get; init; } = 2;
    public float Prune { get; init; } = 0.05f;
    /// <summary>After early stopping picks the epoch count, retrain on all of TRAIN for that many epochs.</summary>
    public bool RetrainOnAll { get; init; } = true;
    /// <summary>Perceptrons trained side by side on differently shuffled orders; the model is their mean.</summary>
    public int Runs { get; init; } = 4;
    /// <summary>Public word dictionary whose knowledge is stored in the model (empty: none).</summary>
    public WordDictionary Dictionary { get; init; } = WordDictionary.Empty;
    /// <summary>Which dictionary features the model uses.</summary>
    public DictionaryFeatures DictionaryFeatures { get; init; } = DictionaryFeatures.Boundaries | DictionaryFeatures.Segmentation;
}

/// <summary>Trains the structured averaged perceptron over BIOES tags of the CLUENER categories.</summary>
public sealed class PerceptronTrainer
{
    private readonly PerceptronTrainerOptions _options;
    private readonly TextWriter _log;

    public PerceptronTrainer(PerceptronTrainerOptions options, TextWriter log)
    {
        _options = options;
        _log = log;
    }

    /// <summary>Trains and writes the gzip model to <paramref name="output"/>; returns a tagger over the trained model.</summary>
    public PerceptronTagger Train(IReadOnlyList<ClueNerExample> examples, Stream output) =>
        Train(examples, PublicLists.LoadEmbedded(), output);

    internal PerceptronTagger Train(IReadOnlyList<ClueNerExample> examples, List<KeyValuePair<string, ushort>> listEntries, Stream output)
    {
        var model = TrainModel(examples, listEntries);
        model.Write(output);
        return new PerceptronTagger(model);
    }

    internal NerModel TrainModel(IReadOnlyList<ClueNerExample> examples, List<KeyValuePair<string, ushort>> listEntries)
    {
        var clock = Stopwatch.StartNew();
        var categories = ClueNerCategories.All;
        var catIndex = categories.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i);
        var tagSet = new TagSet(categories);
        int T = tagSet.Count;
        var lists = new NerGazetteer(listEntries);

        // Code points and gold tags.
        int N = examples.Count;
        var chars = new int[N][];
        var gold = new int[N][];
        for (int s = 0; s < N; s++)
        {
            chars[s] = new CodePointText(examples[s].Text).Chars;
            gold[s] = TagSet.Encode(chars[s].Length, examples[s].Mentions
                .Where(m => catIndex.ContainsKey(m.Category))
                .Select(m => (catIndex[m.Category], m.Start, m.End)));
        }

        // Gazetteers: one per fold (mentions of the other folds) and the full one shipped with the model.
        int K = Math.Max(2, _options.GazetteerFolds);
        var foldEntries = Enumerable.Range(0, K).Select(_ => new List<KeyValuePair<string, ushort>>()).ToArray();
        var allEntries = new List<KeyValuePair<string, ushort>>();
        for (int s = 0; s < N; s++)
        {
            foreach (var (cat, start, end) in examples[s].Mentions)
            {
                if (!catIndex.TryGetValue(cat, out int k) || end - start < 2 || end - start > 16) continue;
                var text = examples[s].Text;
                var cps = new CodePointText(text);
                if (end > cps.Length) continue;
                string word = text[cps.Utf16Offsets[start]..cps.Utf16Offsets[end]];
                var entry = new KeyValuePair<string, ushort>(word, (ushort)(1 << k));
                allEntries.Add(entry);
                for (int f = 0; f < K; f++) if (f != s % K) foldEntries[f].Add(entry);
            }
        }
        var gazetteer = new NerGazetteer(allEntries);
        var foldCounts = Enumerable.Range(0, K).Select(_ => new Dictionary<int, int[]>()).ToArray();
        for (int s = 0; s < N; s++) CharClasses.Count(foldCounts[s % K], chars[s], gold[s], categories.Count);
        var allCounts = new Dictionary<int, int[]>();
        foreach (var fc in foldCounts)
            foreach (var (c, v) in fc)
            {
                if (!allCounts.TryGetValue(c, out var a)) allCounts[c] = a = new int[v.Length];
                for (int i = 0; i < v.Length; i++) a[i] += v[i];
            }
        var charClasses = CharClasses.FromCounts(allCounts);
        var dict = _options.Dictionary;
        var dictFeatures = dict.IsEmpty ? DictionaryFeatures.None : _options.DictionaryFeatures;
        var foldExtractors = Enumerable.Range(0, K).Select(f => new FeatureExtractor(lists, new NerGazetteer(foldEntries[f]), categories.Count,
            CharClasses.FromCounts(allCounts.Select(x => new KeyValuePair<int, int[]>(x.Key,
                foldCounts[f].TryGetValue(x.Key, out var own) ? x.Value.Select((v, i) => v - own[i]).ToArray() : x.Value))),
            dict, dictFeatures))
            .ToArray();

        // Features: hashed keys per position, mapped to dense indices.
        var scratch = new FeatureScratch();
        var rawKeys = new ulong[N][];
        var posStart = new int[N][];
        var counts = new Dictionary<ulong, int>();
        for (int s = 0; s < N; s++)
        {
            int n = chars[s].Length;
            foldExtractors[s % K].Extract(chars[s], scratch);
            var starts = new int[n + 1];
            int total = 0;
            for (int i = 0; i < n; i++) { starts[i] = total; total += scratch.Counts[i]; }
            starts[n] = total;
            var keys = new ulong[total];
            for (int i = 0; i < n; i++)
                Array.Copy(scratch.Keys, i * FeatureExtractor.MaxPerPosition, keys, starts[i], scratch.Counts[i]);
            foreach (var k in keys) counts[k] = counts.GetValueOrDefault(k) + 1;
            rawKeys[s] = keys;
            posStart[s] = starts;
        }
        var index = new Dictionary<ulong, int>();
        var keyList = new List<ulong>();
        var features = new int[N][];
        for (int s = 0; s < N; s++)
        {
            var keys = rawKeys[s];
            var f = new int[keys.Length];
            for (int j = 0; j < keys.Length; j++)
            {
                if (counts[keys[j]] < _options.MinFeatureCount) { f[j] = -1; continue; }
                if (!index.TryGetValue(keys[j], out int id))
                {
                    id = keyList.Count;
                    index[keys[j]] = id;
                    keyList.Add(keys[j]);
                }
                f[j] = id;
            }
            features[s] = f;
        }
        rawKeys = null!;
        _log.WriteLine($"train-ner: {N} lines, {keyList.Count} features, {T} tags, gazetteer {gazetteer.Words.Count} words ({clock.Elapsed.TotalSeconds:F1}s)");

        var data = new Data(tagSet, chars, gold, features, posStart, keyList.Count);

        // Early stopping on a held-out slice of TRAIN.
        var rng = new Random(_options.Seed);
        var order = Enumerable.Range(0, N).ToArray();
        rng.Shuffle(order);
        int held = (int)Math.Round(N * _options.HeldOutFraction);
        var heldOut = order[..held];
        var trainPart = order[held..];
        int bestEpoch = _options.MaxEpochs;
        if (held > 0)
        {
            var runs = NewRuns(data);
            double bestF = -1;
            for (int epoch = 1; epoch <= _options.MaxEpochs; epoch++)
            {
                foreach (var (run, shuffler) in runs) run.Epoch(trainPart, shuffler);
                var avg = Mean(runs);
                var fs = data.Evaluate(heldOut, avg);
                // The graph's Person and Company figures decide the epoch count (overall micro F1 if they are absent).
                int iName = catIndex.GetValueOrDefault("name", -1), iCompany = catIndex.GetValueOrDefault("company", -1);
                double f1 = iName >= 0 && iCompany >= 0 ? (fs[iName + 1] + fs[iCompany + 1]) / 2 : fs[0];
                var per = string.Join(" ", categories.Select((c, k) => $"{c} {fs[k + 1]:F3}"));
                _log.WriteLine($"train-ner: epoch {epoch} held-out F1 {fs[0]:F4}, name+company {f1:F4} [{per}] ({clock.Elapsed.TotalSeconds:F1}s)");
                if (f1 > bestF) { bestF = f1; bestEpoch = epoch; }
                else if (epoch - bestEpoch >= _options.Patience) break;
            }
            _log.WriteLine($"train-ner: best epoch {bestEpoch} (held-out name+company F1 {bestF:F4})");
        }

        Weights final;
        {
            var runs = NewRuns(data);
            var lines = _options.RetrainOnAll || held == 0 ? order : trainPart;
            for (int epoch = 1; epoch <= bestEpoch; epoch++)
                foreach (var (run, shuffler) in runs) run.Epoch(lines, shuffler);
            final = Mean(runs);
        }
        var model = NerModel.FromDense(categories, lists, gazetteer, charClasses, dict, dictFeatures, keyList, final.Emission, final.Transitions, final.End, _options.Prune);
        _log.WriteLine($"train-ner: model {model.FeatureCount} features, {model.WeightCount} weights after pruning |w| < {_options.Prune} ({clock.Elapsed.TotalSeconds:F1}s)");
        return model;
    }

    private (Run Run, Random Shuffler)[] NewRuns(Data data) =>
        Enumerable.Range(0, Math.Max(1, _options.Runs)).Select(r => (new Run(data), new Random(_options.Seed + 1 + r))).ToArray();

    private static Weights Mean((Run Run, Random Shuffler)[] runs)
    {
        var first = runs[0].Run.Averaged();
        for (int r = 1; r < runs.Length; r++)
        {
            var w = runs[r].Run.Averaged();
            Add(first.Emission, w.Emission); Add(first.Transitions, w.Transitions); Add(first.End, w.End);
        }
        Scale(first.Emission, runs.Length); Scale(first.Transitions, runs.Length); Scale(first.End, runs.Length);
        return first;

        static void Add(float[] a, float[] b) { for (int i = 0; i < a.Length; i++) a[i] += b[i]; }
        static void Scale(float[] a, int k) { for (int i = 0; i < a.Length; i++) a[i] /= k; }
    }

    private sealed record Weights(float[] Emission, float[] Transitions, float[] End);

    private sealed class Data(TagSet tags, int[][] chars, int[][] gold, int[][] features, int[][] posStart, int featureCount)
    {
        public TagSet Tags => tags;
        public int[][] Gold => gold;
        public int[][] Features => features;
        public int[][] PosStart => posStart;
        public int FeatureCount => featureCount;
        public int Length(int s) => chars[s].Length;

        public float[] Emissions(int s, float[] w)
        {
            int T = tags.Count;
            int n = chars[s].Length;
            var em = new float[n * T];
            var f = features[s];
            var ps = posStart[s];
            for (int i = 0; i < n; i++)
            {
                var row = em.AsSpan(i * T, T);
                for (int j = ps[i]; j < ps[i + 1]; j++)
                {
                    int id = f[j];
                    if (id < 0) continue;
                    var wr = w.AsSpan(id * T, T);
                    for (int t = 0; t < T; t++) row[t] += wr[t];
                }
            }
            return em;
        }

        /// <summary>Micro F1 over all categories, then F1 per category.</summary>
        public double[] Evaluate(int[] lines, Weights w)
        {
            int C = tags.Categories.Count;
            var tp = new int[C + 1]; var fp = new int[C + 1]; var fn = new int[C + 1];
            foreach (int s in lines)
            {
                if (Length(s) == 0) continue;
                var pred = tags.Viterbi(Emissions(s, w.Emission), w.Transitions, w.End, Length(s));
                var p = TagSet.Decode(pred).ToHashSet();
                var g = TagSet.Decode(gold[s]).ToHashSet();
                foreach (var x in p) { if (g.Contains(x)) { tp[0]++; tp[1 + x.Category]++; } else { fp[0]++; fp[1 + x.Category]++; } }
                foreach (var x in g) if (!p.Contains(x)) { fn[0]++; fn[1 + x.Category]++; }
            }
            var f = new double[C + 1];
            for (int k = 0; k <= C; k++) f[k] = tp[k] == 0 ? 0 : 2.0 * tp[k] / (2.0 * tp[k] + fp[k] + fn[k]);
            return f;
        }
    }

    /// <summary>One training run: current weights, their time-weighted sums for averaging, and the step counter.</summary>
    private sealed class Run(Data data)
    {
        private readonly int _t = data.Tags.Count;
        private readonly float[] _w = new float[data.FeatureCount * data.Tags.Count];
        private readonly float[] _u = new float[data.FeatureCount * data.Tags.Count];
        private readonly float[] _tw = new float[(data.Tags.Count + 1) * data.Tags.Count];
        private readonly float[] _tu = new float[(data.Tags.Count + 1) * data.Tags.Count];
        private readonly float[] _ew = new float[data.Tags.Count];
        private readonly float[] _eu = new float[data.Tags.Count];
        private int _c = 1;

        public void Epoch(int[] lines, Random shuffler)
        {
            var order = (int[])lines.Clone();
            shuffler.Shuffle(order);
            foreach (int s in order)
            {
                int n = data.Length(s);
                if (n == 0) continue;
                var pred = data.Tags.Viterbi(data.Emissions(s, _w), _tw, _ew, n);
                Update(s, pred);
                _c++;
            }
        }

        private void Update(int s, int[] pred)
        {
            var gold = data.Gold[s];
            int n = gold.Length;
            var f = data.Features[s];
            var ps = data.PosStart[s];
            for (int i = 0; i < n; i++)
            {
                int g = gold[i], p = pred[i];
                if (g != p)
                {
                    for (int j = ps[i]; j < ps[i + 1]; j++)
                    {
                        int id = f[j];
                        if (id < 0) continue;
                        Add(_w, _u, id * _t + g, 1);
                        Add(_w, _u, id * _t + p, -1);
                    }
                }
                int gp = i == 0 ? _t : gold[i - 1], pp = i == 0 ? _t : pred[i - 1];
                if (g != p || gp != pp)
                {
                    Add(_tw, _tu, gp * _t + g, 1);
                    Add(_tw, _tu, pp * _t + p, -1);
                }
            }
            if (gold[n - 1] != pred[n - 1])
            {
                Add(_ew, _eu, gold[n - 1], 1);
                Add(_ew, _eu, pred[n - 1], -1);
            }
        }

        private void Add(float[] w, float[] u, int at, int delta)
        {
            w[at] += delta;
            u[at] += (float)_c * delta;
        }

        public Weights Averaged() => new(Average(_w, _u), Average(_tw, _tu), Average(_ew, _eu));

        private float[] Average(float[] w, float[] u)
        {
            var a = new float[w.Length];
            for (int i = 0; i < w.Length; i++) a[i] = w[i] - u[i] / _c;
            return a;
        }
    }
}
