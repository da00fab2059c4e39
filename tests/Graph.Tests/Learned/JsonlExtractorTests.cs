using System.Text.Json.Nodes;
using Graph.Extraction.Learned;

namespace Graph.Tests.Learned;

public sealed class JsonlExtractorTests
{
    /// <summary>Tags every occurrence of a fixed word as a company, so the tests exercise the JSONL shell alone.</summary>
    private sealed class WordTagger(string word) : ISentenceTagger
    {
        public IReadOnlyList<TaggedEntity> Tag(string text)
        {
            var result = new List<TaggedEntity>();
            for (int at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
                result.Add(new TaggedEntity("company", word, at, at + word.Length));
            return result;
        }
    }

    private static (string[] Lines, string Errors, JsonlRunResult Result) Run(string input)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var result = new JsonlExtractor(new WordTagger("星河银行")).Run(new StringReader(input), output, errors, "in.jsonl");
        return (output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries), errors.ToString(), result);
    }

    [Fact]
    public void Other_fields_pass_through_and_mentions_group_by_name()
    {
        // Given a line with extra fields and the same company twice
        var (lines, _, _) = Run("{\"id\": 7, \"text\": \"星河银行与星河银行\", \"meta\": {\"src\": [1, \"a\"]}}\n");

        // Then the extra fields are unchanged and the company has one entry with two spans
        var line = JsonNode.Parse(Assert.Single(lines))!.AsObject();
        Assert.Equal(7, (int)line["id"]!);
        Assert.Equal("{\"src\":[1,\"a\"]}", line["meta"]!.ToJsonString());
        var entity = Assert.Single(line["entities"]!.AsArray())!;
        Assert.Equal("Company", (string)entity["type"]!);
        Assert.Equal("星河银行", (string)entity["name"]!);
        Assert.Equal("[[0,4],[5,9]]", entity["spans"]!.ToJsonString());
        Assert.Empty(line["relations"]!.AsArray());
        Assert.Empty(line["events"]!.AsArray());
    }

    [Fact]
    public void A_bad_line_gives_an_error_line_naming_it_and_the_run_goes_on()
    {
        // Given three lines, the second not JSON
        var (lines, errors, result) = Run("{\"text\": \"甲\"}\n{not json\n{\"text\": \"星河银行\"}\n");

        // Then there are three output lines, the second an error naming line 2, and the third is tagged
        Assert.Equal(3, lines.Length);
        Assert.Contains("line 2", (string)JsonNode.Parse(lines[1])!["error"]!);
        Assert.Contains("in.jsonl line 2", errors);
        Assert.Single(JsonNode.Parse(lines[2])!["entities"]!.AsArray());
        Assert.Equal(new JsonlRunResult(3, 1), result);
    }

    [Fact]
    public void A_line_without_text_is_reported()
    {
        var (lines, errors, _) = Run("{\"title\": \"x\"}\n");
        Assert.Contains("text", (string)JsonNode.Parse(Assert.Single(lines))!["error"]!);
        Assert.Contains("line 1", errors);
    }
}
