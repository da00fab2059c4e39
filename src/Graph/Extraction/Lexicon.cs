using System.Collections.Frozen;

namespace Graph.Extraction;

/// <summary>
/// The shipped word lists (Extraction/Data/Lexicon, embedded): surnames, titles, organization suffixes,
/// administrative divisions, seed technology and industry vocabulary. Immutable once loaded.
/// </summary>
public sealed class Lexicon
{
    private Lexicon(
        FrozenSet<string> singleSurnames,
        FrozenSet<string> compoundSurnames,
        IReadOnlyList<string> titlesLongestFirst,
        IReadOnlyList<(string Suffix, EntityKind Kind)> orgSuffixesLongestFirst,
        FrozenDictionary<string, bool> locations,
        FrozenDictionary<string, string> provinceOf,
        IReadOnlyList<string> technologies,
        IReadOnlyList<string> technologyVocabulary,
        IReadOnlyList<string> industries,
        IReadOnlyList<string> brands,
        IReadOnlyList<string> nationalBodies,
        IReadOnlyList<(string ShortName, string RegisteredStart)> brandOfficialNames)
    {
        Brands = brands;
        BrandOfficialNames = brandOfficialNames;
        NationalBodies = nationalBodies;
        SingleSurnames = singleSurnames;
        CompoundSurnames = compoundSurnames;
        TitlesLongestFirst = titlesLongestFirst;
        Titles = titlesLongestFirst.ToFrozenSet(StringComparer.Ordinal);
        OrgSuffixesLongestFirst = orgSuffixesLongestFirst;
        Locations = locations;
        ProvinceOf = provinceOf;
        LocationsLongestFirst = locations.Keys.OrderByDescending(l => l.Length).ThenBy(l => l, StringComparer.Ordinal).ToArray();
        Technologies = technologies;
        TechnologyVocabulary = technologyVocabulary;
        Industries = industries;
    }

    public FrozenSet<string> SingleSurnames { get; }

    public FrozenSet<string> CompoundSurnames { get; }

    public IReadOnlyList<string> TitlesLongestFirst { get; }

    public FrozenSet<string> Titles { get; }

    public IReadOnlyList<(string Suffix, EntityKind Kind)> OrgSuffixesLongestFirst { get; }

    /// <summary>Division short names; value true for provincial level.</summary>
    public FrozenDictionary<string, bool> Locations { get; }

    /// <summary>The province a prefecture-level division belongs to (宜昌 → 湖北).</summary>
    public FrozenDictionary<string, string> ProvinceOf { get; }

    public IReadOnlyList<string> LocationsLongestFirst { get; }

    public IReadOnlyList<string> Technologies { get; }

    /// <summary>The broad technical vocabulary (technology-vocabulary.txt): terms read only where a sentence speaks of making or researching.</summary>
    public IReadOnlyList<string> TechnologyVocabulary { get; }

    public IReadOnlyList<string> Industries { get; }

    /// <summary>Well-known business brands, read as Company.</summary>
    public IReadOnlyList<string> Brands { get; }

    /// <summary>Short names of large groups whose registered names do not hold them (中国联通 for 中国联合网络通信…), with the registered name's start.</summary>
    public IReadOnlyList<(string ShortName, string RegisteredStart)> BrandOfficialNames { get; }

    /// <summary>Central government bodies by their official and common short names (工业和信息化部, 工信部), read as Organization.</summary>
    public IReadOnlyList<string> NationalBodies { get; }

    /// <summary>Loads the lists embedded in this assembly.</summary>
    public static Lexicon LoadEmbedded()
    {
        var surnames = Words("surnames.txt").ToList();
        var titles = Words("titles.txt").Distinct(StringComparer.Ordinal)
            .OrderByDescending(t => t.Length).ThenBy(t => t, StringComparer.Ordinal).ToArray();
        var suffixes = Lines("org-suffixes.txt")
            .Select(l => l.Split(' ', 2, StringSplitOptions.TrimEntries))
            .Select(p => (p[1], p[0] == "C" ? EntityKind.Company : EntityKind.Organization))
            .DistinctBy(p => p.Item1)
            .OrderByDescending(p => p.Item1.Length).ThenBy(p => p.Item1, StringComparer.Ordinal)
            .ToArray();
        var locations = new Dictionary<string, bool>(StringComparer.Ordinal);
        var provinceOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in Lines("locations.txt"))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // C 河北: 石家庄 …: the cities of a province follow its name and a colon.
            var province = parts.Length > 1 && parts[1].EndsWith(':') ? parts[1][..^1] : null;
            foreach (var name in parts.Skip(province is null ? 1 : 2))
            {
                locations.TryAdd(name, parts[0] == "P");
                if (province is not null)
                {
                    provinceOf.TryAdd(name, province);
                }
            }
        }

        return new Lexicon(
            surnames.Where(s => s.Length == 1).ToFrozenSet(StringComparer.Ordinal),
            surnames.Where(s => s.Length > 1).ToFrozenSet(StringComparer.Ordinal),
            titles,
            suffixes,
            locations.ToFrozenDictionary(StringComparer.Ordinal),
            provinceOf.ToFrozenDictionary(StringComparer.Ordinal),
            Words("technology.txt").Distinct(StringComparer.Ordinal).ToArray(),
            Words("technology-vocabulary.txt").Distinct(StringComparer.Ordinal).ToArray(),
            Words("industry.txt").Distinct(StringComparer.Ordinal).ToArray(),
            Words("brands.txt").Distinct(StringComparer.Ordinal).ToArray(),
            Words("national-bodies.txt").Distinct(StringComparer.Ordinal).ToArray(),
            Lines("brand-official-names.txt").Select(l => l.Split(' ', 2, StringSplitOptions.TrimEntries)).Select(p => (p[0], p[1])).ToArray());
    }

    private static IEnumerable<string> Words(string file) =>
        Lines(file).SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static IEnumerable<string> Lines(string file)
    {
        var assembly = typeof(Lexicon).Assembly;
        var name = assembly.GetManifestResourceNames()
            .FirstOrDefault(n => n.Replace('\\', '/').EndsWith("Lexicon/" + file, StringComparison.Ordinal)) ?? file;
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded lexicon '{name}' is missing from the Graph assembly; rebuild the project.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && line[0] != '#')
            {
                lines.Add(line);
            }
        }

        return lines;
    }
}
