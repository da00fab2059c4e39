namespace Graph.Extraction.Learned;

/// <summary>Which features the word dictionary adds (stored in the model).</summary>
[Flags]
public enum DictionaryFeatures : byte
{
    None = 0,
    Words = 1,
    CharRoles = 2,
    Boundaries = 4,
    Segmentation = 8,
}

/// <summary>Per-call working arrays for feature extraction; one per Tag call or per training sentence.</summary>
internal sealed class FeatureScratch
{
    public ulong[] Keys = [];
    public int[] Counts = [];
    public int[] Padded = [];
    public byte[] Types = [];
    public byte[] Classes = [];
    public byte[] LexStart = [], LexEnd = [], LexCoverLen = [], LexCoverPos = [];
    public byte[] GazStart = [], GazEnd = [], GazCoverLen = [], GazCoverPos = [];
    public float[] SegBest = [];
    public byte[] SegNext = [], SegLen = [], SegTag = [];
    public ushort[] SegMask = [];
    public byte[] DictStart = [], DictEnd = [], DictCoverLen = [], DictCoverPos = [], WordCoverLen = [], WordCoverPos = [];

    public float[] Emissions = [], Score = [];
    public int[] Back = [], Path = [], Found = [], FoundEnd = [];

    public void EnsureDecode(int n, int tags)
    {
        if (Path.Length >= n) return;
        int cap = Math.Max(n, 64);
        Emissions = new float[cap * tags];
        Score = new float[cap * tags];
        Back = new int[cap * tags];
        Path = new int[cap];
        Found = new int[cap * FeatureExtractor.MaxPerPosition];
        FoundEnd = new int[cap];
    }

    public void Ensure(int n, int lexClasses, int gazClasses)
    {
        if (Counts.Length >= n) return;
        int cap = Math.Max(n, 64);
        Keys = new ulong[cap * FeatureExtractor.MaxPerPosition];
        Counts = new int[cap];
        Padded = new int[cap + 2 * FeatureExtractor.Pad];
        Types = new byte[cap + 2 * FeatureExtractor.Pad];
        Classes = new byte[cap + 2 * FeatureExtractor.Pad];
        LexStart = new byte[cap * lexClasses]; LexEnd = new byte[cap * lexClasses];
        LexCoverLen = new byte[cap * lexClasses]; LexCoverPos = new byte[cap * lexClasses];
        GazStart = new byte[cap * gazClasses]; GazEnd = new byte[cap * gazClasses];
        GazCoverLen = new byte[cap * gazClasses]; GazCoverPos = new byte[cap * gazClasses];
        int dc = WordDictionary.Classes;
        DictStart = new byte[cap * dc]; DictEnd = new byte[cap * dc];
        DictCoverLen = new byte[cap * dc]; DictCoverPos = new byte[cap * dc];
        WordCoverLen = new byte[cap]; WordCoverPos = new byte[cap];
        SegBest = new float[cap + 1]; SegNext = new byte[cap]; SegLen = new byte[cap]; SegMask = new ushort[cap];
        SegTag = new byte[cap + 2];
    }
}

/// <summary>
/// Character-level features hashed to 64-bit keys: char n-grams in a ±3 window, char types, public-list matches
/// (surnames, titles, organization suffixes) and training-gazetteer matches. No strings are built in the loop.
/// </summary>
internal sealed class FeatureExtractor
{
    public const int MaxPerPosition = 96;
    public const int Pad = 3;
    private const int Bos = 0x110000, Eos = 0x110001;
    private const int GazMaxLen = 16;

    private readonly NerGazetteer _lists;
    private readonly NerGazetteer _gazetteer;
    private readonly int _gazClasses;
    private readonly CharClasses _charClasses;
    private readonly WordDictionary _dict;
    private readonly DictionaryFeatures _dictFeatures;

    public FeatureExtractor(NerGazetteer lists, NerGazetteer gazetteer, int gazClasses, CharClasses charClasses)
        : this(lists, gazetteer, gazClasses, charClasses, WordDictionary.Empty, DictionaryFeatures.None)
    {
    }

    public FeatureExtractor(NerGazetteer lists, NerGazetteer gazetteer, int gazClasses, CharClasses charClasses,
        WordDictionary dictionary, DictionaryFeatures dictionaryFeatures)
    {
        _dict = dictionary;
        _dictFeatures = dictionary.IsEmpty ? DictionaryFeatures.None : dictionaryFeatures;
        _charClasses = charClasses;
        _lists = lists;
        _gazetteer = gazetteer;
        _gazClasses = gazClasses;
    }

    public static int LexClasses => PublicLists.Kinds.Count;

    /// <summary>Fills scratch.Keys[i * MaxPerPosition ..] and scratch.Counts[i] for each position.</summary>
    public void Extract(ReadOnlySpan<int> chars, FeatureScratch s)
    {
        int n = chars.Length;
        int lc = LexClasses, gc = _gazClasses;
        s.Ensure(n, lc, gc);
        var p = s.Padded;
        var ty = s.Types;
        var cc = s.Classes;
        for (int k = 0; k < Pad; k++) { p[k] = Bos; p[n + Pad + k] = Eos; ty[k] = 7; ty[n + Pad + k] = 8; cc[k] = 254; cc[n + Pad + k] = 255; }
        for (int i = 0; i < n; i++) { p[i + Pad] = chars[i]; ty[i + Pad] = CharType(chars[i]); cc[i + Pad] = _charClasses.Of(chars[i]); }

        _lists.Match(chars, lc, 8, s.LexStart, s.LexEnd);
        Cover(s.LexStart, s.LexCoverLen, s.LexCoverPos, n, lc);
        _gazetteer.Match(chars, gc, GazMaxLen, s.GazStart, s.GazEnd);
        Cover(s.GazStart, s.GazCoverLen, s.GazCoverPos, n, gc);
        int dc = WordDictionary.Classes;
        var df = _dictFeatures;
        if ((df & (DictionaryFeatures.Words | DictionaryFeatures.Boundaries)) != 0)
        {
            _dict.Words.Match(chars, dc, WordDictionary.MaxWordLength, s.DictStart, s.DictEnd);
            Cover(s.DictStart, s.DictCoverLen, s.DictCoverPos, n, dc);
            WordCover(s.DictStart, s.WordCoverLen, s.WordCoverPos, n, dc);
        }
        if ((df & DictionaryFeatures.Segmentation) != 0)
        {
            _dict.Segment(chars, s.SegBest, s.SegNext, s.SegLen, s.SegMask);
            // SegTag[i + 1]: B=0 I=1 E=2 S=3, with class in the upper bits; 4 pads both ends.
            s.SegTag[0] = 4; s.SegTag[n + 1] = 4;
            for (int i = 0; i < n; i += s.SegLen[i])
            {
                int len = s.SegLen[i];
                for (int j = i; j < i + len; j++)
                    s.SegTag[j + 1] = (byte)(len == 1 ? 3 : j == i ? 0 : j == i + len - 1 ? 2 : 1);
            }
        }

        var keys = s.Keys;
        for (int i = 0; i < n; i++)
        {
            int o = i * MaxPerPosition;
            int m = 0;
            int c = i + Pad; // index into padded arrays
            ulong cm3 = (uint)p[c - 3], cm2 = (uint)p[c - 2], cm1 = (uint)p[c - 1], c0 = (uint)p[c], c1 = (uint)p[c + 1], c2 = (uint)p[c + 2], c3 = (uint)p[c + 3];
            keys[o + m++] = Key(0, 0);
            keys[o + m++] = Key(1, cm3);
            keys[o + m++] = Key(2, cm2);
            keys[o + m++] = Key(3, cm1);
            keys[o + m++] = Key(4, c0);
            keys[o + m++] = Key(5, c1);
            keys[o + m++] = Key(6, c2);
            keys[o + m++] = Key(7, c3);
            keys[o + m++] = Key(8, cm3, cm2);
            keys[o + m++] = Key(9, cm2, cm1);
            keys[o + m++] = Key(10, cm1, c0);
            keys[o + m++] = Key(11, c0, c1);
            keys[o + m++] = Key(12, c1, c2);
            keys[o + m++] = Key(13, c2, c3);
            keys[o + m++] = Key(14, cm2, cm1, c0);
            keys[o + m++] = Key(15, cm1, c0, c1);
            keys[o + m++] = Key(16, c0, c1, c2);
            keys[o + m++] = Key(17, cm1, c1);
            keys[o + m++] = Key(18, (ulong)ty[c - 1] << 8 | (ulong)ty[c] << 4 | ty[c + 1]);
            keys[o + m++] = Key(19, (ulong)ty[c - 2] << 16 | (ulong)ty[c - 1] << 12 | (ulong)ty[c] << 8 | (ulong)ty[c + 1] << 4 | ty[c + 2]);
            keys[o + m++] = Key(20, ty[c], c0 == cm1 ? 1UL : 0UL);
            keys[o + m++] = Key(26, cc[c - 1]);
            keys[o + m++] = Key(27, cc[c]);
            keys[o + m++] = Key(28, cc[c + 1]);
            keys[o + m++] = Key(29, (ulong)cc[c - 1] << 8 | cc[c], cc[c + 1]);
            keys[o + m++] = Key(30, (ulong)cc[c - 2] << 16 | (ulong)cc[c - 1] << 8 | cc[c], (ulong)cc[c + 1] << 8 | cc[c + 2]);
            keys[o + m++] = Key(31, cc[c], c0);

            // Public lists: surnames before/at this char, titles around it, organization suffixes after it.
            ulong sur = 0;
            for (int d = 0; d <= 2; d++)
            {
                int j = i - d;
                if (j < 0) break;
                if (s.LexStart[j * lc + PublicLists.Surname] == 1) sur |= 1UL << d;
                if (s.LexStart[j * lc + PublicLists.CompoundSurname] > 0) sur |= 8UL << d;
            }
            if (sur != 0) keys[o + m++] = Key(21, sur);
            // Name shape: a surname d chars back, the types of the next three chars and the char right after a
            // two- or three-char name (punctuation, 说, 表示 ...).
            for (int d = 0; d <= 2; d++)
            {
                if ((sur & (1UL << d)) == 0) continue;
                int j = c - d;
                keys[o + m++] = Key(32, (ulong)d, (ulong)ty[j + 1] << 8 | (ulong)ty[j + 2] << 4 | ty[j + 3]);
                keys[o + m++] = Key(33, (ulong)d, (uint)p[j + 2]);
                keys[o + m++] = Key(34, (ulong)d, (uint)p[j + 3]);
            }
            for (int k = 0; k < lc; k++)
            {
                int cl = s.LexCoverLen[i * lc + k];
                if (cl > 0) keys[o + m++] = Key(22, (ulong)k, s.LexCoverPos[i * lc + k], (ulong)Math.Min(cl, 5));
                if (k <= PublicLists.CompoundSurname) continue;
                for (int d = 1; d <= 3; d++)
                {
                    if (i + d >= n) break;
                    if (s.LexStart[(i + d) * lc + k] > 0) { keys[o + m++] = Key(23, (ulong)k, (ulong)d); break; }
                }
                if (i > 0 && s.LexEnd[(i - 1) * lc + k] > 0) keys[o + m++] = Key(24, (ulong)k);
            }

            // Training gazetteer (built without the sentence's own fold while training).
            for (int k = 0; k < gc; k++)
            {
                int cl = s.GazCoverLen[i * gc + k];
                if (cl > 0)
                {
                    keys[o + m++] = Key(25, (ulong)k, s.GazCoverPos[i * gc + k], (ulong)Math.Min(cl, 6));
                }
            }
            if (df != DictionaryFeatures.None) m = DictionaryKeys(chars, s, i, m, keys, o);
            s.Counts[i] = m;
        }
    }

    private int DictionaryKeys(ReadOnlySpan<int> chars, FeatureScratch s, int i, int m, ulong[] keys, int o)
    {
        int dc = WordDictionary.Classes;
        var df = _dictFeatures;
        int wl = s.WordCoverLen[i];
        if ((df & DictionaryFeatures.Words) != 0)
        {
            // Per word class, the longest dictionary word of that class over this char: position, length, and whether
            // a longer word of any class covers the char (then the class match is most likely a fragment).
            for (int k = 0; k < dc - 1; k++)
            {
                int cl = s.DictCoverLen[i * dc + k];
                if (cl == 0) continue;
                int pos = s.DictCoverPos[i * dc + k];
                keys[o + m++] = Key(35, (ulong)k, (ulong)pos, (ulong)Math.Min(cl, 5));
                keys[o + m++] = Key(36, (ulong)k, (ulong)pos, wl > cl ? 1UL : 0UL);
            }
        }
        if ((df & DictionaryFeatures.Boundaries) != 0)
        {
            // The longest dictionary word over this char, any class: a word-boundary signal.
            keys[o + m++] = Key(37, wl == 0 ? 4UL : s.WordCoverPos[i], (ulong)Math.Min(wl, 6));
            int prev = i > 0 ? s.WordCoverLen[i - 1] : 0;
            keys[o + m++] = Key(41, wl == 0 ? 4UL : s.WordCoverPos[i], i > 0 && prev == 0 ? 4UL : i > 0 ? s.WordCoverPos[i - 1] : 5UL);
        }
        if ((df & DictionaryFeatures.Segmentation) != 0)
        {
            // The char's place in the dictionary's max-probability segmentation, the word's length and class.
            int ws = i;
            while (s.SegLen[ws] == 0) ws--;
            int len = s.SegLen[ws];
            int mask = s.SegMask[ws] & 0xFF;
            int cls = len == 1 || mask == 0 ? 7 : System.Numerics.BitOperations.TrailingZeroCount(mask);
            ulong tag = s.SegTag[i + 1];
            keys[o + m++] = Key(43, tag, (ulong)Math.Min(len, 6));
            keys[o + m++] = Key(44, tag, (ulong)cls);
            keys[o + m++] = Key(45, (ulong)s.SegTag[i] << 8 | tag << 4 | s.SegTag[i + 2]);
            keys[o + m++] = Key(46, tag, (ulong)chars[i]);
        }
        if ((df & DictionaryFeatures.CharRoles) != 0)
        {
            // How often this char (and its neighbours) starts / continues / ends a dictionary person name.
            ushort r0 = _dict.RolesOf(chars[i]);
            ushort rp = i > 0 ? _dict.RolesOf(chars[i - 1]) : (ushort)0xFFFF;
            ushort rn = i + 1 < chars.Length ? _dict.RolesOf(chars[i + 1]) : (ushort)0xFFFF;
            int w0 = r0 >> 12;
            for (int k = 0; k < 3; k++)
            {
                int b = (r0 >> (4 * k)) & 15;
                keys[o + m++] = Key(38, (ulong)k, (ulong)b);
                keys[o + m++] = Key(39, (ulong)k, (ulong)Math.Clamp(b - w0, -4, 4) + 4);
            }
            keys[o + m++] = Key(40, (ulong)(rp & 15) >> 1 << 8 | (ulong)((r0 >> 4) & 15) >> 1 << 4 | (ulong)((rn >> 8) & 15) >> 1);
            keys[o + m++] = Key(42, (ulong)(r0 & 15) >> 1 << 8 | (ulong)((rn >> 4) & 15) >> 1 << 4 | (ulong)(i + 2 < chars.Length ? (_dict.RolesOf(chars[i + 2]) >> 8) & 15 : 15) >> 1);
        }
        return m;
    }

    /// <summary>Per position, the longest word of any class covering it and the position inside that word.</summary>
    private static void WordCover(byte[] start, byte[] coverLen, byte[] coverPos, int n, int classes)
    {
        Array.Clear(coverLen, 0, n);
        for (int i = 0; i < n; i++)
        {
            int len = 0;
            for (int k = 0; k < classes; k++) len = Math.Max(len, start[i * classes + k]);
            for (int j = i; j < i + len; j++)
            {
                if (coverLen[j] >= len) continue;
                coverLen[j] = (byte)len;
                coverPos[j] = (byte)(j == i ? 0 : j == i + len - 1 ? 2 : 1);
            }
        }
    }

    private static void Cover(byte[] start, byte[] coverLen, byte[] coverPos, int n, int classes)
    {
        Array.Clear(coverLen, 0, n * classes);
        for (int i = 0; i < n; i++)
        {
            for (int k = 0; k < classes; k++)
            {
                int len = start[i * classes + k];
                if (len == 0) continue;
                for (int j = i; j < i + len; j++)
                {
                    int x = j * classes + k;
                    if (coverLen[x] >= len) continue;
                    coverLen[x] = (byte)len;
                    coverPos[x] = (byte)(len == 1 ? 3 : j == i ? 0 : j == i + len - 1 ? 2 : 1);
                }
            }
        }
    }

    private static readonly byte[] BmpTypes = BuildTypes();

    private static byte[] BuildTypes()
    {
        var t = new byte[0x10000];
        for (int c = 0; c < t.Length; c++) t[c] = ComputeCharType(c);
        return t;
    }

    public static byte CharType(int c) => (uint)c < 0x10000 ? BmpTypes[c] : ComputeCharType(c);

    private static byte ComputeCharType(int c)
    {
        if (c is >= 0x4E00 and <= 0x9FFF or >= 0x3400 and <= 0x4DBF or >= 0x20000 and <= 0x3FFFF or >= 0xF900 and <= 0xFAFF)
            return "一二三四五六七八九十零〇百千万亿两".Contains((char)c) && c <= 0xFFFF ? (byte)1 : (byte)0;
        if (c is >= '0' and <= '9') return 2;
        if (c is >= 'a' and <= 'z') return 3;
        if (c is ' ' or '\t') return 4;
        if (c is '《' or '》' or '“' or '”' or '"' or '「' or '」') return 5;
        if (c < 0x80 || char.IsPunctuation((char)Math.Min(c, 0xFFFF))) return 6;
        return 9;
    }

    public static ulong Key(ulong template, ulong a, ulong b = 0, ulong c = 0)
    {
        ulong h = template * 0x9E3779B97F4A7C15UL;
        h = (h ^ a) * 0xBF58476D1CE4E5B9UL;
        h = (h ^ (h >> 29) ^ b) * 0x94D049BB133111EBUL;
        h = (h ^ (h >> 32) ^ c) * 0xD6E8FEB86659FD93UL;
        return h ^ (h >> 31);
    }
}
