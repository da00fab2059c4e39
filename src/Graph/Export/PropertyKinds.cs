using System.Collections.Immutable;
using System.Globalization;
using Graph.Model;

namespace Graph.Export;

/// <summary>The value kinds a <see cref="PropertyMap"/> can hold, as the exports type them.</summary>
public enum PropertyKind
{
    String,
    Long,
    Double,
    Boolean,
    StringList,
}

/// <summary>Typing and text forms of property values shared by the GraphML and neo4j-admin writers.</summary>
internal static class PropertyKinds
{
    public static PropertyKind Of(object value) => value switch
    {
        long => PropertyKind.Long,
        double => PropertyKind.Double,
        bool => PropertyKind.Boolean,
        ImmutableArray<string> => PropertyKind.StringList,
        _ => PropertyKind.String,
    };

    /// <summary>
    /// The kind of every property name used in <paramref name="maps"/>, ordered by name (ordinal). A name whose values
    /// disagree in kind is typed <see cref="PropertyKind.String"/> (its values exported as text), as APOC does.
    /// </summary>
    public static ImmutableSortedDictionary<string, PropertyKind> Collect(IEnumerable<PropertyMap> maps, string? except = null)
    {
        var kinds = new Dictionary<string, PropertyKind>(StringComparer.Ordinal);
        foreach (var map in maps)
        {
            foreach (var (name, value) in map)
            {
                if (name == except)
                {
                    continue;
                }

                var kind = Of(value);
                kinds[name] = kinds.TryGetValue(name, out var seen) && seen != kind ? PropertyKind.String : kind;
            }
        }

        return kinds.ToImmutableSortedDictionary(StringComparer.Ordinal);
    }

    /// <summary>Invariant text of a scalar (lists are handled by each format).</summary>
    public static string Scalar(object value) => value switch
    {
        string s => s,
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => throw new ArgumentException($"Unsupported property value type {value.GetType().Name}.", nameof(value)),
    };
}
