using System.IO.Compression;
using System.Text;

namespace Graph.Extraction.Learned;

/// <summary>
/// A trained tagger: categories, word lists, training gazetteer, sparse feature weights (per feature, the tags with a
/// weight) and tag transitions. Immutable and safe to share between threads.
/// </summary>
internal sealed class NerModel
{
    private const string Magic = "GNER";
    private const int Version = 3;

    private readonly ulong[] _keys;
    private readonly Slot[] _slots; // open addressing by key: where the feature's weights are in _entries
    private readonly int _slotShift, _slotMask;
    private readonly Entry[] _entries;

    private struct Slot { public ulong Key; public int Start, Count; }
    private struct Entry { public float Weight; public int Tag; }
    private readonly int[] _rowStart;
    private readonly byte[] _entryTag;
    private readonly float[] _entryWeight;
    private readonly float[] _transitions;
    private readonly float[] _end;

    private NerModel(IReadOnlyList<string> categories, NerGazetteer lists, NerGazetteer gazetteer, CharClasses charClasses,
        WordDictionary dictionary, DictionaryFeatures dictionaryFeatures, ulong[] keys,
        int[] rowStart, byte[] entryTag, float[] entryWeight, float[] transitions, float[] end)
    {
        Dictionary = dictionary;
        DictionaryFeatures = dictionaryFeatures;
        Tags = new TagSet(categories);
        Lists = lists;
        Gazetteer = gazetteer;
        CharClasses = charClasses;
        Extractor = new FeatureExtractor(lists, gazetteer, categories.Count, charClasses, dictionary, dictionaryFeatures);
        _keys = keys;
        int bits = 4;
        while ((1 << bits) < keys.Length * 2) bits++;
        _slots = new Slot[1 << bits];
        _slotShift = 64 - bits;
        _slotMask = (1 << bits) - 1;
        for (int f = 0; f < keys.Length; f++)
        {
            int i = SlotOf(keys[f]);
            while (_slots[i].Count != 0) i = (i + 1) & _slotMask;
            _slots[i] = new Slot { Key = keys[f], Start = rowStart[f], Count = rowStart[f + 1] - rowStart[f] };
        }
        _entries = new Entry[entryWeight.Length];
        for (int e = 0; e < _entries.Length; e++) _entries[e] = new Entry { Weight = entryWeight[e], Tag = entryTag[e] };
        _rowStart = rowStart;
        _entryTag = entryTag;
        _entryWeight = entryWeight;
        _transitions = transitions;
        _end = end;
    }

    public TagSet Tags { get; }
    public NerGazetteer Lists { get; }
    public NerGazetteer Gazetteer { get; }
    public CharClasses CharClasses { get; }
    public WordDictionary Dictionary { get; }
    public DictionaryFeatures DictionaryFeatures { get; }
    public FeatureExtractor Extractor { get; }
    public int FeatureCount => _keys.Length;
    public int WeightCount => _entryWeight.Length;

    /// <summary>Builds the sparse model from dense averaged weights [feature * T + tag], dropping |w| below <paramref name="prune"/>.</summary>
    public static NerModel FromDense(IReadOnlyList<string> categories, NerGazetteer lists, NerGazetteer gazetteer, CharClasses charClasses,
        WordDictionary dictionary, DictionaryFeatures dictionaryFeatures, IReadOnlyList<ulong> keys, float[] weights, float[] transitions, float[] end, float prune)
    {
        int T = 1 + 4 * categories.Count;
        var order = Enumerable.Range(0, keys.Count).OrderBy(i => keys[i]).ToArray();
        var rows = new List<ulong>();
        var rowStart = new List<int> { 0 };
        var tags = new List<byte>();
        var ws = new List<float>();
        foreach (int f in order)
        {
            int before = ws.Count;
            for (int t = 0; t < T; t++)
            {
                float w = weights[f * T + t];
                if (Math.Abs(w) < prune) continue;
                tags.Add((byte)t);
                ws.Add(w);
            }
            if (ws.Count == before) continue;
            rows.Add(keys[f]);
            rowStart.Add(ws.Count);
        }
        return new NerModel(categories, lists, gazetteer, charClasses, dictionary, dictionaryFeatures, [.. rows], [.. rowStart], [.. tags], [.. ws], transitions, end);
    }

    /// <summary>Entities (category index, start, end exclusive) over normalized code points.</summary>
    public List<(int Category, int Start, int End)> Predict(ReadOnlySpan<int> chars, FeatureScratch scratch)
    {
        int n = chars.Length;
        if (n == 0) return [];
        Extractor.Extract(chars, scratch);
        int T = Tags.Count;
        scratch.EnsureDecode(n, T);
        var emissions = scratch.Emissions.AsSpan(0, n * T);
        emissions.Clear();
        var keys = scratch.Keys;
        var counts = scratch.Counts;
        var slots = _slots;
        var entries = _entries;
        int mask = _slotMask;
        // Pass 1 resolves every feature of the sentence to its slot (independent loads overlap their cache misses);
        // pass 2 adds the weights.
        var found = scratch.Found;
        int nf = 0;
        for (int i = 0; i < n; i++)
        {
            int o = i * FeatureExtractor.MaxPerPosition;
            int end = o + counts[i];
            for (int m = o; m < end; m++)
            {
                ulong key = keys[m];
                int at = SlotOf(key);
                while (slots[at].Count != 0 && slots[at].Key != key) at = (at + 1) & mask;
                found[nf] = at;
                nf += slots[at].Count != 0 ? 1 : 0;
            }
            scratch.FoundEnd[i] = nf;
        }
        int from = 0;
        for (int i = 0; i < n; i++)
        {
            var row = emissions.Slice(i * T, T);
            int to = scratch.FoundEnd[i];
            for (int m = from; m < to; m++)
            {
                ref readonly var slot = ref slots[found[m]];
                var ws = entries.AsSpan(slot.Start, slot.Count);
                foreach (ref readonly var e in ws) row[e.Tag] += e.Weight;
            }
            from = to;
        }
        var path = scratch.Path.AsSpan(0, n);
        Tags.Viterbi(emissions, _transitions, _end, n, scratch.Score, scratch.Back, path);
        return TagSet.Decode(path);
    }

    private int SlotOf(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _slotShift);

    public void Write(Stream output)
    {
        using var gz = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(gz, Encoding.UTF8, leaveOpen: true);
        w.Write(Encoding.ASCII.GetBytes(Magic));
        w.Write(Version);
        w.Write(Tags.Categories.Count);
        foreach (var c in Tags.Categories) w.Write(c);
        WriteGazetteer(w, Lists);
        WriteGazetteer(w, Gazetteer);
        var classes = CharClasses.Classes.OrderBy(x => x.Key).ToArray();
        w.Write(classes.Length);
        foreach (var (c, k) in classes) { w.Write(c); w.Write(k); }
        w.Write((byte)DictionaryFeatures);
        WriteGazetteer(w, Dictionary.Words);
        var roles = Dictionary.CharRoles.OrderBy(x => x.Key).ToArray();
        w.Write(roles.Length);
        foreach (var (c, r) in roles) { w.Write(c); w.Write(r); }
        w.Write(_transitions.Length);
        foreach (var x in _transitions) w.Write(x);
        w.Write(_end.Length);
        foreach (var x in _end) w.Write(x);

        float max = 0;
        foreach (var x in _entryWeight) max = Math.Max(max, Math.Abs(x));
        float scale = max > 0 ? max / 32767f : 1f;
        w.Write(scale);
        var keys = _keys;
        w.Write(keys.Length);
        ulong prevKey = 0;
        for (int f = 0; f < keys.Length; f++)
        {
            w.Write7BitEncodedInt64((long)(keys[f] - prevKey));
            prevKey = keys[f];
            int count = _rowStart[f + 1] - _rowStart[f];
            w.Write((byte)count);
            for (int e = _rowStart[f]; e < _rowStart[f + 1]; e++)
            {
                w.Write(_entryTag[e]);
                w.Write((short)Math.Round(_entryWeight[e] / scale));
            }
        }
    }

    public static NerModel Read(Stream input, string sourceName)
    {
        try
        {
            using var gz = new GZipStream(input, CompressionMode.Decompress, leaveOpen: true);
            using var r = new BinaryReader(gz, Encoding.UTF8, leaveOpen: true);
            var magic = Encoding.ASCII.GetString(r.ReadBytes(4));
            int version = r.ReadInt32();
            if (magic != Magic || version != Version)
                throw new InvalidDataException($"{sourceName} is not a Graph NER model (magic '{magic}', version {version}); retrain it with 'graph train-ner'.");
            int nc = r.ReadInt32();
            var categories = new string[nc];
            for (int i = 0; i < nc; i++) categories[i] = r.ReadString();
            var lists = ReadGazetteer(r);
            var gazetteer = ReadGazetteer(r);
            int ncc = r.ReadInt32();
            var classes = new Dictionary<int, byte>(ncc);
            for (int i = 0; i < ncc; i++) classes[r.ReadInt32()] = r.ReadByte();
            var dictFeatures = (DictionaryFeatures)r.ReadByte();
            var dictWords = ReadGazetteer(r);
            int nroles = r.ReadInt32();
            var roles = new Dictionary<int, ushort>(nroles);
            for (int i = 0; i < nroles; i++) roles[r.ReadInt32()] = r.ReadUInt16();
            var transitions = new float[r.ReadInt32()];
            for (int i = 0; i < transitions.Length; i++) transitions[i] = r.ReadSingle();
            var end = new float[r.ReadInt32()];
            for (int i = 0; i < end.Length; i++) end[i] = r.ReadSingle();
            float scale = r.ReadSingle();
            int nf = r.ReadInt32();
            var rows = new ulong[nf];
            var rowStart = new int[nf + 1];
            var tags = new List<byte>(nf * 3);
            var ws = new List<float>(nf * 3);
            ulong key = 0;
            for (int f = 0; f < nf; f++)
            {
                key += (ulong)r.Read7BitEncodedInt64();
                rows[f] = key;
                int count = r.ReadByte();
                for (int e = 0; e < count; e++)
                {
                    tags.Add(r.ReadByte());
                    ws.Add(r.ReadInt16() * scale);
                }
                rowStart[f + 1] = ws.Count;
            }
            return new NerModel(categories, lists, gazetteer, new CharClasses(classes), new WordDictionary(dictWords, roles), dictFeatures, rows, rowStart, [.. tags], [.. ws], transitions, end);
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException && !e.Message.StartsWith(sourceName, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{sourceName} is truncated or not a gzip NER model ({e.Message}); retrain it with 'graph train-ner'.", e);
        }
    }

    private static void WriteGazetteer(BinaryWriter w, NerGazetteer lexicon)
    {
        w.Write(lexicon.Words.Count);
        foreach (var (word, mask) in lexicon.Words)
        {
            w.Write(word);
            w.Write(mask);
        }
    }

    private static NerGazetteer ReadGazetteer(BinaryReader r)
    {
        int n = r.ReadInt32();
        var entries = new List<KeyValuePair<string, ushort>>(n);
        for (int i = 0; i < n; i++) entries.Add(new(r.ReadString(), r.ReadUInt16()));
        return new NerGazetteer(entries);
    }
}
