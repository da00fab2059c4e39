namespace Graph.Extraction.Learned;

/// <summary>
/// A word list keyed by a 64-bit hash of the word's normalized code points, each word carrying a bit mask of classes
/// (a CLUENER category for the training gazetteer, a list kind for the public lists). Immutable after construction.
/// </summary>
internal sealed class NerGazetteer
{
    private readonly KeyTable _table; // hash of a word or word prefix -> mask (0 for a prefix only)

    public NerGazetteer(IEnumerable<KeyValuePair<string, ushort>> entries)
    {
        var masks = new Dictionary<ulong, int>();
        var words = new SortedDictionary<string, ushort>(StringComparer.Ordinal);
        foreach (var (word, mask) in entries)
        {
            if (word.Length == 0 || mask == 0) continue;
            words[word] = (ushort)(words.GetValueOrDefault(word) | mask);
        }
        foreach (var (word, mask) in words)
        {
            var cps = new CodePointText(word).Chars;
            if (cps.Length > MaxLength) MaxLength = cps.Length;
            ulong h = Seed;
            for (int i = 0; i < cps.Length; i++)
            {
                h = Step(h, cps[i]);
                int old = masks.GetValueOrDefault(h);
                masks[h] = i == cps.Length - 1 ? old | mask : old;
            }
        }
        _table = new KeyTable(masks);
        Words = words;
    }

    /// <summary>The words and masks in ordinal order (for serialization).</summary>
    public SortedDictionary<string, ushort> Words { get; }

    public int MaxLength { get; }

    public const ulong Seed = 0xCBF29CE484222325UL;

    public static ulong Step(ulong h, int c) => (h ^ (uint)c) * 0x100000001B3UL + 0x9E3779B97F4A7C15UL;

    /// <summary>The mask of the word with this hash; 0 when no word has it.</summary>
    public ushort Lookup(ulong hash) => (ushort)Math.Max(0, _table.Get(hash));

    /// <summary>The raw table value: the mask of the word with this hash, 0 for a prefix only, -1 when absent.</summary>
    public int Probe(ulong hash) => _table.Get(hash);

    /// <summary>For each start position and class, the length of the longest match starting there (0 if none);
    /// likewise for matches ending at each position (inclusive end). Arrays are [position * classes + class].</summary>
    public void Match(ReadOnlySpan<int> chars, int classes, int maxLen, Span<byte> startLen, Span<byte> endLen)
    {
        startLen.Clear();
        endLen.Clear();
        if (_table.Count == 0) return;
        int limit = Math.Min(MaxLength, maxLen);
        for (int i = 0; i < chars.Length; i++)
        {
            ulong h = Seed;
            for (int len = 1; len <= limit && i + len <= chars.Length; len++)
            {
                h = Step(h, chars[i + len - 1]);
                int mask = _table.Get(h);
                if (mask < 0) break; // no word goes on with this prefix
                if (mask == 0) continue;
                int end = i + len - 1;
                for (int k = 0; k < classes; k++)
                {
                    if ((mask & (1 << k)) == 0) continue;
                    startLen[i * classes + k] = (byte)len;
                    if (endLen[end * classes + k] < len) endLen[end * classes + k] = (byte)len;
                }
            }
        }
    }
}
