namespace Graph.Extraction;

/// <summary>Other surface forms of a name, collected per article: owner name → its aliases in ordinal order.</summary>
internal static class Aliases
{
    /// <summary>Records <paramref name="alias"/> as another form of <paramref name="owner"/>.</summary>
    public static void AddAlias(this Dictionary<string, SortedSet<string>> aliases, string owner, string alias) =>
        (aliases.TryGetValue(owner, out var set) ? set : aliases[owner] = new SortedSet<string>(StringComparer.Ordinal)).Add(alias);
}
