namespace Graph.Extraction.Learned;

/// <summary>
/// A class per character learned from training tags: which category the character most often sits inside and how often
/// it sits inside any entity (bucketed). Characters seen fewer than <see cref="MinCount"/> times get no class (0).
/// </summary>
internal sealed class CharClasses
{
    public const int MinCount = 3;
    private readonly Dictionary<int, byte> _classes;

    private readonly byte[] _bmp = new byte[0x10000];

    public CharClasses(Dictionary<int, byte> classes)
    {
        _classes = classes;
        foreach (var (c, k) in classes) if (c is >= 0 and < 0x10000) _bmp[c] = k;
    }

    public IReadOnlyDictionary<int, byte> Classes => _classes;

    public byte Of(int c) => (uint)c < 0x10000 ? _bmp[c] : _classes.TryGetValue(c, out var k) ? k : (byte)0;

    /// <summary>Classes from per-character counts: counts[c] = [total, inside category 0, ..., inside category C-1].</summary>
    public static CharClasses FromCounts(IEnumerable<KeyValuePair<int, int[]>> counts)
    {
        var classes = new Dictionary<int, byte>();
        foreach (var (c, v) in counts)
        {
            int total = v[0];
            if (total < MinCount) continue;
            int inside = 0, best = -1, bestCount = 0;
            for (int k = 1; k < v.Length; k++)
            {
                inside += v[k];
                if (v[k] > bestCount) { bestCount = v[k]; best = k - 1; }
            }
            double r = (double)inside / total;
            int bucket = r < 0.05 ? 0 : r < 0.25 ? 1 : r < 0.6 ? 2 : 3;
            double share = inside == 0 ? 0 : (double)bestCount / inside;
            int cat = bucket == 0 || share < 0.4 ? 15 : best;
            classes[c] = (byte)(1 + bucket * 16 + cat);
        }
        return new CharClasses(classes);
    }

    /// <summary>Adds a line's characters and gold tags to per-character counts.</summary>
    public static void Count(Dictionary<int, int[]> counts, ReadOnlySpan<int> chars, ReadOnlySpan<int> tags, int categories)
    {
        for (int i = 0; i < chars.Length; i++)
        {
            if (!counts.TryGetValue(chars[i], out var v)) counts[chars[i]] = v = new int[categories + 1];
            v[0]++;
            if (tags[i] != 0) v[1 + TagSet.CategoryOf(tags[i])]++;
        }
    }
}
