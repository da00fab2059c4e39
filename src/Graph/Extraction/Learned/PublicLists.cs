using System.Reflection;

namespace Graph.Extraction.Learned;

/// <summary>The public word lists shipped as Extraction/Data/ner-lexicon.txt (surnames, titles, organization suffixes).</summary>
internal static class PublicLists
{
    public const string ResourceName = "Graph.Data.ner-lexicon.txt";

    /// <summary>List kinds, in bit order of the lexicon mask.</summary>
    public static IReadOnlyList<string> Kinds { get; } =
        ["surname", "compound-surname", "title", "org-suffix", "company-suffix", "gov-suffix"];

    public const int Surname = 0, CompoundSurname = 1, Title = 2, OrgSuffix = 3, CompanySuffix = 4, GovSuffix = 5;

    /// <summary>Parses the list file: "[kind]" section lines, whitespace-separated entries, '#' comments.</summary>
    public static List<KeyValuePair<string, ushort>> Parse(TextReader reader, string sourceName)
    {
        var entries = new List<KeyValuePair<string, ushort>>();
        int kind = -1;
        int lineNo = 0;
        for (string? line = reader.ReadLine(); line != null; line = reader.ReadLine())
        {
            lineNo++;
            int hash = line.IndexOf('#');
            if (hash >= 0) line = line[..hash];
            line = line.Trim();
            if (line.Length == 0) continue;
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                kind = IndexOf(line[1..^1]);
                if (kind < 0)
                    throw new InvalidDataException($"{sourceName} line {lineNo}: unknown section '{line}'; expected one of {string.Join(", ", Kinds)}.");
                continue;
            }
            if (kind < 0)
                throw new InvalidDataException($"{sourceName} line {lineNo}: entry before any [section] header.");
            foreach (var word in line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
                entries.Add(new(word, (ushort)(1 << kind)));
        }
        return entries;
    }

    public static List<KeyValuePair<string, ushort>> LoadEmbedded()
    {
        using var stream = typeof(PublicLists).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from the Graph assembly; rebuild src/Graph.");
        using var reader = new StreamReader(stream);
        return Parse(reader, ResourceName);
    }

    private static int IndexOf(string kind)
    {
        for (int i = 0; i < Kinds.Count; i++)
            if (Kinds[i] == kind) return i;
        return -1;
    }
}
