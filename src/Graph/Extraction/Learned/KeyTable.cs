namespace Graph.Extraction.Learned;

/// <summary>
/// An immutable open-addressing map from 64-bit keys to non-negative ints (linear probing, load ≤ 0.5). Faster than
/// <see cref="Dictionary{TKey,TValue}"/> for the tagger's hot loop: one multiply, one mask, usually one probe.
/// </summary>
internal sealed class KeyTable
{
    private readonly ulong[] _keys;
    private readonly int[] _values;
    private readonly int _shift;
    private readonly int _mask;

    public KeyTable(IReadOnlyCollection<KeyValuePair<ulong, int>> entries)
    {
        int bits = 4;
        while ((1 << bits) < entries.Count * 2) bits++;
        int size = 1 << bits;
        _shift = 64 - bits;
        _mask = size - 1;
        _keys = new ulong[size];
        _values = new int[size];
        Array.Fill(_values, -1);
        foreach (var (key, value) in entries)
        {
            if (value < 0) throw new ArgumentOutOfRangeException(nameof(entries), "KeyTable values must be non-negative.");
            int i = Slot(key);
            while (_values[i] >= 0 && _keys[i] != key) i = (i + 1) & _mask;
            _keys[i] = key;
            _values[i] = value;
        }
        Count = entries.Count;
    }

    public int Count { get; }

    private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

    /// <summary>The value for <paramref name="key"/>, or -1 when absent.</summary>
    public int Get(ulong key)
    {
        var keys = _keys;
        var values = _values;
        int i = Slot(key);
        while (true)
        {
            int v = values[i];
            if (v < 0 || keys[i] == key) return v;
            i = (i + 1) & _mask;
        }
    }
}
