namespace Graph.Extraction;

/// <summary>Span bookkeeping.</summary>
public static class Spans
{
    /// <summary>Keeps the longest of overlapping spans (ties: earliest start), in text order.</summary>
    public static IReadOnlyList<Found> KeepLongest(IEnumerable<Found> spans)
    {
        var kept = new List<Found>();
        foreach (var f in spans.OrderByDescending(f => f.End - f.Start).ThenBy(f => f.Start).ThenBy(f => f.Kind))
        {
            if (!Overlaps(f.Start, f.End, kept))
            {
                kept.Add(f);
            }
        }

        kept.Sort((a, b) => a.Start.CompareTo(b.Start));
        return kept;
    }

    /// <summary>Some span of <paramref name="spans"/> shares a character with [<paramref name="start"/>, <paramref name="end"/>).</summary>
    internal static bool Overlaps(int start, int end, IEnumerable<Found> spans) => spans.Any(o => start < o.End && o.Start < end);

    /// <summary><paramref name="f"/> lies within one of <paramref name="spans"/>.</summary>
    internal static bool Inside(Found f, IReadOnlyList<Found> spans) => spans.Any(o => f.Start >= o.Start && f.End <= o.End);
}
