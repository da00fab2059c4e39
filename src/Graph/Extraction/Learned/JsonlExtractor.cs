using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Graph.Extraction.Learned;

/// <summary>
/// Adds relations and events to one JSONL output line. The extract command's single extension point: the genre rule
/// extractor plugs in here (entities come from the tagger; contributors may read them and fill the two arrays).
/// </summary>
public interface IJsonlContributor
{
    void Contribute(string text, IReadOnlyList<TaggedEntity> entities, JsonArray relations, JsonArray events);
}

/// <summary>Summary of one JSONL run.</summary>
public sealed record JsonlRunResult(int Lines, int BadLines);

/// <summary>
/// Reads lines {"text": ...} and writes one line per input line: the input's other fields unchanged, plus
/// "entities" [{"type", "name", "spans": [[start, end_exclusive]]}] (code points), "relations" and "events".
/// A line that is not a JSON object with a string "text" gives {"error": "line N: ...", ...} and a message on the
/// error writer; the run goes on.
/// </summary>
public sealed class JsonlExtractor
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly ISentenceTagger _tagger;
    private readonly IReadOnlyList<IJsonlContributor> _contributors;

    public JsonlExtractor(ISentenceTagger tagger, IReadOnlyList<IJsonlContributor>? contributors = null)
    {
        _tagger = tagger;
        _contributors = contributors ?? [];
    }

    public JsonlRunResult Run(TextReader input, TextWriter output, TextWriter errors, string sourceName)
    {
        int lineNo = 0, bad = 0;
        for (string? line = input.ReadLine(); line != null; line = input.ReadLine())
        {
            lineNo++;
            JsonObject record;
            string text;
            try
            {
                record = JsonNode.Parse(line) as JsonObject
                    ?? throw new JsonException("the line is not a JSON object");
                text = record["text"] is JsonValue v && v.TryGetValue(out string? t) && t != null
                    ? t
                    : throw new JsonException("no string field \"text\"");
            }
            catch (JsonException e)
            {
                bad++;
                string message = $"{sourceName} line {lineNo}: {e.Message}";
                errors.WriteLine($"extract: {message}; wrote an error line and went on.");
                var error = new JsonObject { ["error"] = message, ["entities"] = new JsonArray(), ["relations"] = new JsonArray(), ["events"] = new JsonArray() };
                output.Write(error.ToJsonString(Json));
                output.Write('\n');
                continue;
            }

            var tagged = _tagger.Tag(text);
            var relations = new JsonArray();
            var events = new JsonArray();
            foreach (var contributor in _contributors) contributor.Contribute(text, tagged, relations, events);
            record["entities"] = Entities(tagged);
            record["relations"] = relations;
            record["events"] = events;
            output.Write(record.ToJsonString(Json));
            output.Write('\n');
        }
        return new JsonlRunResult(lineNo, bad);
    }

    /// <summary>Entities grouped by (label, name) in order of first mention, each with all its spans.</summary>
    private static JsonArray Entities(IReadOnlyList<TaggedEntity> tagged)
    {
        var groups = new Dictionary<(string, string), JsonArray>();
        var result = new JsonArray();
        foreach (var e in tagged)
        {
            string label = ClueNerCategories.ToLabel(e.Category);
            if (!groups.TryGetValue((label, e.Text), out var spans))
            {
                spans = new JsonArray();
                groups[(label, e.Text)] = spans;
                result.Add(new JsonObject { ["type"] = label, ["name"] = e.Text, ["spans"] = spans });
            }
            spans.Add(new JsonArray(e.Start, e.End));
        }
        return result;
    }
}
