namespace Graph.Extraction.Learned;

/// <summary>
/// Knowledge taken from a public segmentation dictionary (jieba's dict.txt, MIT: "word frequency pos" per line) at
/// training time and stored inside the model: a word gazetteer with one class per part-of-speech group and, per
/// character, how often it starts / continues / ends a person name in the dictionary versus other words.
/// </summary>
public sealed class WordDictionary
{
    /// <summary>Word classes, in bit order of the gazetteer mask.</summary>
    public static IReadOnlyList<string> ClassNames { get; } = ["person", "foreign-person", "place", "organization", "proper", "word"];

    public const int Person = 0, ForeignPerson = 1, Place = 2, Organization = 3, Proper = 4, Word = 5;
    public const int Classes = 6;
    public const int MaxWordLength = 8;

    internal WordDictionary(NerGazetteer words, IReadOnlyDictionary<int, ushort> charRoles)
    {
        Words = words;
        CharRoles = charRoles;
        foreach (var (c, r) in charRoles) if (c is >= 0 and < 0x10000) _bmp[c] = r;
    }

    public static WordDictionary Empty { get; } = new(new NerGazetteer([]), new Dictionary<int, ushort>());

    internal NerGazetteer Words { get; }

    /// <summary>Per character, four 4-bit buckets: person-name first char, middle char, last char, other words.</summary>
    internal IReadOnlyDictionary<int, ushort> CharRoles { get; }

    private readonly ushort[] _bmp = new ushort[0x10000];

    public bool IsEmpty => Words.Words.Count == 0 && CharRoles.Count == 0;

    internal ushort RolesOf(int c) => (uint)c < 0x10000 ? _bmp[c] : CharRoles.TryGetValue(c, out var r) ? r : (ushort)0;

    /// <summary>The class of a jieba part-of-speech tag.</summary>
    public static int ClassOf(string pos) => pos switch
    {
        "nr" or "nrfg" => Person,
        "nrt" => ForeignPerson,
        "ns" => Place,
        "nt" => Organization,
        "nz" => Proper,
        _ => Word,
    };

    /// <summary>Parses "word frequency pos" lines; words of 2..<see cref="MaxWordLength"/> code points enter the gazetteer.</summary>
    public static WordDictionary Parse(TextReader reader, string sourceName)
    {
        var words = new Dictionary<string, (int Freq, int Class)>(StringComparer.Ordinal);
        long total = 0;
        var role = new Dictionary<int, int[]>();
        int lineNo = 0;
        for (string? line = reader.ReadLine(); line != null; line = reader.ReadLine())
        {
            lineNo++;
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0) continue;
            if (parts.Length != 3 || !int.TryParse(parts[1], out _))
                throw new InvalidDataException($"{sourceName} line {lineNo}: expected 'word frequency pos', got '{line}'.");
            var word = parts[0];
            int cls = ClassOf(parts[2]);
            int freq = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
            total += freq;
            var cps = new CodePointText(word).Chars;
            if (cps.Length <= MaxWordLength && (!words.TryGetValue(word, out var old) || old.Freq < freq)) words[word] = (freq, cls);
            for (int i = 0; i < cps.Length; i++)
            {
                if (!role.TryGetValue(cps[i], out var v)) role[cps[i]] = v = new int[4];
                if (cls == Person && cps.Length is 2 or 3) v[i == 0 ? 0 : i == cps.Length - 1 ? 2 : 1]++;
                else if (cls == Word) v[3]++;
            }
        }
        var roles = new Dictionary<int, ushort>();
        foreach (var (c, v) in role)
        {
            int packed = 0;
            for (int k = 0; k < 4; k++) packed |= Bucket(v[k]) << (4 * k);
            if (packed != 0) roles[c] = (ushort)packed;
        }
        // Mask: the class bit for words of two or more chars (matched as gazetteer words), and the word's
        // frequency as a segmentation score in the upper byte: FreqScale * log(freq / total) + 255, at least 1.
        var entries = new List<KeyValuePair<string, ushort>>(words.Count);
        foreach (var (word, (freq, cls)) in words)
        {
            int score = ScoreOf(freq, total);
            int classBit = new CodePointText(word).Chars.Length >= 2 ? 1 << cls : 0;
            entries.Add(new(word, (ushort)(classBit | score << 8)));
        }
        return new WordDictionary(new NerGazetteer(entries), roles);
    }

    /// <summary>Segmentation score scale: score units per natural-log unit of word probability.</summary>
    public const double FreqScale = 10;

    /// <summary>A word's probability as a byte score (255 = certain, 1 = log-probability below -25.4).</summary>
    public static int ScoreOf(long freq, long total) =>
        (int)Math.Clamp(Math.Round(FreqScale * Math.Log(Math.Max(1, freq) / (double)Math.Max(1, total)) + 255), 1, 255);

    /// <summary>Score of a char that is no dictionary word.</summary>
    public const int UnknownCharScore = 1;

    /// <summary>
    /// Max-probability segmentation over the dictionary (as jieba's DAG route, without its HMM for unknown runs):
    /// fills wordLen[i] with the length of the word starting at i when i starts a word, else 0; wordMask likewise.
    /// </summary>
    internal void Segment(ReadOnlySpan<int> chars, Span<float> best, Span<byte> next, Span<byte> wordLen, Span<ushort> wordMask)
    {
        int n = chars.Length;
        best[n] = 0;
        for (int i = n - 1; i >= 0; i--)
        {
            float top = float.NegativeInfinity;
            int topLen = 1;
            ulong h = NerGazetteer.Seed;
            for (int len = 1; len <= MaxWordLength && i + len <= n; len++)
            {
                h = NerGazetteer.Step(h, chars[i + len - 1]);
                int mask = Words.Probe(h);
                if (mask < 0 && len > 1) break;
                int score = mask > 0 ? mask >> 8 : len == 1 ? UnknownCharScore : 0;
                if (score == 0) continue;
                float v = score - 255 + best[i + len];
                if (v > top) { top = v; topLen = len; }
            }
            best[i] = top;
            next[i] = (byte)topLen;
        }
        wordLen[..n].Clear();
        for (int i = 0; i < n; i += next[i])
        {
            wordLen[i] = next[i];
            ulong h = NerGazetteer.Seed;
            for (int j = i; j < i + next[i]; j++) h = NerGazetteer.Step(h, chars[j]);
            wordMask[i] = (ushort)Math.Max(0, Words.Probe(h));
        }
    }

    /// <summary>Log-scale bucket of a count: 0, 1, 2-3, 4-7, ... capped at 15.</summary>
    public static int Bucket(int count)
    {
        int b = 0;
        while (count > 0 && b < 15) { b++; count >>= 1; }
        return b;
    }
}
