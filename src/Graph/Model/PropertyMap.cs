using System.Collections;
using System.Collections.Immutable;

namespace Graph.Model;

/// <summary>
/// Immutable property bag, ordered by key (ordinal). Values are <see cref="string"/>, <see cref="long"/>,
/// <see cref="double"/>, <see cref="bool"/> or <see cref="ImmutableArray{T}"/> of string.
/// </summary>
public sealed class PropertyMap : IReadOnlyDictionary<string, object>, IEquatable<PropertyMap>
{
    public static readonly PropertyMap Empty = new(ImmutableSortedDictionary.Create<string, object>(StringComparer.Ordinal));

    private readonly ImmutableSortedDictionary<string, object> _values;

    private PropertyMap(ImmutableSortedDictionary<string, object> values) => _values = values;

    public static PropertyMap From(IEnumerable<KeyValuePair<string, object?>> values)
    {
        var b = ImmutableSortedDictionary.CreateBuilder<string, object>(StringComparer.Ordinal);
        foreach (var (k, v) in values)
        {
            if (v is null)
            {
                continue;
            }

            b[k] = Check(k, v);
        }

        return new PropertyMap(b.ToImmutable());
    }

    public PropertyMap With(string key, object? value) =>
        value is null ? new PropertyMap(_values.Remove(key)) : new PropertyMap(_values.SetItem(key, Check(key, value)));

    private static object Check(string key, object value) => value switch
    {
        string or long or double or bool or ImmutableArray<string> => value,
        int i => (long)i,
        IEnumerable<string> list => list.ToImmutableArray(),
        _ => throw new ArgumentException($"Property '{key}' has unsupported type {value.GetType().Name}."),
    };

    public string? GetString(string key) => _values.TryGetValue(key, out var v) ? v as string : null;

    public ImmutableArray<string> GetList(string key) =>
        _values.TryGetValue(key, out var v) && v is ImmutableArray<string> a ? a : [];

    public long? GetLong(string key) => _values.TryGetValue(key, out var v) && v is long l ? l : null;

    public object this[string key] => _values[key];

    public IEnumerable<string> Keys => _values.Keys;

    public IEnumerable<object> Values => _values.Values;

    public int Count => _values.Count;

    public bool ContainsKey(string key) => _values.ContainsKey(key);

    public bool TryGetValue(string key, out object value) => _values.TryGetValue(key, out value!);

    public IEnumerator<KeyValuePair<string, object>> GetEnumerator() => _values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(PropertyMap? other)
    {
        if (other is null || other.Count != Count)
        {
            return false;
        }

        foreach (var (k, v) in _values)
        {
            if (!other._values.TryGetValue(k, out var o) || !ValueEquals(v, o))
            {
                return false;
            }
        }

        return true;
    }

    private static bool ValueEquals(object a, object b) => a is ImmutableArray<string> x && b is ImmutableArray<string> y
        ? x.SequenceEqual(y, StringComparer.Ordinal)
        : a.Equals(b);

    public override bool Equals(object? obj) => Equals(obj as PropertyMap);

    public override int GetHashCode()
    {
        var h = new HashCode();
        foreach (var k in _values.Keys)
        {
            h.Add(k, StringComparer.Ordinal);
        }

        return h.ToHashCode();
    }
}
