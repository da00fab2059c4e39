namespace Graph.Extraction;

/// <summary>Provinces and prefecture-level cities (Data/Lexicon/locations.txt), with 省/市/自治区 folded into the short name.</summary>
public sealed class LocationRecognizer
{
    private static readonly string[] Suffixes = ["维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省", "市"];

    private readonly Lexicon _lexicon;

    public LocationRecognizer(Lexicon lexicon) => _lexicon = lexicon;

    public IReadOnlyList<Found> Find(string text)
    {
        var found = new List<Found>();
        foreach (var loc in _lexicon.LocationsLongestFirst)
        {
            for (var i = text.IndexOf(loc, StringComparison.Ordinal); i >= 0; i = text.IndexOf(loc, i + loc.Length, StringComparison.Ordinal))
            {
                var end = i + loc.Length;
                foreach (var s in Suffixes)
                {
                    if (Text.StartsWithAt(text, end, s))
                    {
                        end += s.Length;
                        break;
                    }
                }

                found.Add(new Found(EntityKind.Location, loc, i, end));
            }
        }

        return Spans.KeepLongest(found);
    }

    /// <summary>The division a name starts with (成都睿乐达… → 成都), or null.</summary>
    public string? LeadingLocation(string name)
    {
        foreach (var loc in _lexicon.LocationsLongestFirst)
        {
            if (name.StartsWith(loc, StringComparison.Ordinal) && name.Length > loc.Length)
            {
                return loc;
            }
        }

        return null;
    }
}
