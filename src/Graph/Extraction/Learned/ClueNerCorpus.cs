using System.Text.Json;

namespace Graph.Extraction.Learned;

/// <summary>One labelled line: text and mentions (category, start, end exclusive) in code points.</summary>
public sealed record ClueNerExample(string Text, IReadOnlyList<(string Category, int Start, int End)> Mentions);

/// <summary>Reads CLUENER2020 json lines: {"text", "label": {category: {mention: [[start, end_inclusive], ...]}}}.</summary>
public static class ClueNerCorpus
{
    public static List<ClueNerExample> Read(TextReader reader, string sourceName)
    {
        var examples = new List<ClueNerExample>();
        int lineNo = 0;
        for (string? line = reader.ReadLine(); line != null; line = reader.ReadLine())
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                using var doc = JsonDocument.Parse(line);
                var root = doc.RootElement;
                string text = root.GetProperty("text").GetString() ?? "";
                var mentions = new List<(string, int, int)>();
                if (root.TryGetProperty("label", out var label) && label.ValueKind == JsonValueKind.Object)
                {
                    foreach (var cat in label.EnumerateObject())
                        foreach (var mention in cat.Value.EnumerateObject())
                            foreach (var span in mention.Value.EnumerateArray())
                                mentions.Add((cat.Name, span[0].GetInt32(), span[1].GetInt32() + 1));
                }
                examples.Add(new ClueNerExample(text, mentions));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or IndexOutOfRangeException)
            {
                throw new InvalidDataException($"{sourceName} line {lineNo}: not a CLUENER record ({e.Message}). Expected {{\"text\": ..., \"label\": {{category: {{mention: [[start, end]]}}}}}}.", e);
            }
        }
        return examples;
    }
}
