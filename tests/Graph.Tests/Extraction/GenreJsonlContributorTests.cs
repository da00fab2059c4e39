using System.Text.Json.Nodes;
using Graph.Extraction;
using Graph.Extraction.Learned;

namespace Graph.Tests.Extraction;

public sealed class GenreJsonlContributorTests
{
    private sealed class NoTagger : ISentenceTagger
    {
        public IReadOnlyList<TaggedEntity> Tag(string text) => [];
    }

    [Fact]
    public void Jsonl_lines_carry_the_genre_relations_and_events()
    {
        // given one line about a governor visiting a robot maker
        var input = new StringReader("{\"text\": \"省长王建华在江州星河机器人科技有限公司调研，了解公司研发的巡检机器人。\", \"id\": 3}\n");
        var output = new StringWriter();
        var extractor = new JsonlExtractor(new NoTagger(), [new GenreJsonlContributor(new GenreExtractor(Lexicon.LoadEmbedded()))]);

        // when it is extracted
        extractor.Run(input, output, TextWriter.Null, "test");

        // then the line has the DEVELOPS relation and the visit event with its lead, and keeps its other fields
        var line = JsonNode.Parse(output.ToString())!.AsObject();
        Assert.Equal(3, (int)line["id"]!);
        Assert.Contains(line["relations"]!.AsArray(), r => (string?)r!["type"] == "DEVELOPS" && (string?)r["to"] == "巡检机器人"
                                                             && (string?)r["from"] == "江州星河机器人科技有限公司");
        var visit = Assert.Single(line["events"]!.AsArray());
        Assert.Equal("visit", (string?)visit!["type"]);
        Assert.Equal("王建华", (string?)visit["lead"]);
    }

    [Fact]
    public void A_mistyped_command_line_gives_a_usage_message_and_exit_code_2()
    {
        // given a command the CLI does not have
        var error = new StringWriter();
        var saved = Console.Error;
        Console.SetError(error);
        try
        {
            // when the CLI runs
            var code = Graph.Cli.Program.Main(["bulid", "seeds"]);

            // then it exits 2 with a message, not a stack trace
            Assert.Equal(Graph.Cli.ExitCodes.Usage, code);
            Assert.Contains("bulid", error.ToString());
            Assert.DoesNotContain("   at ", error.ToString());
        }
        finally
        {
            Console.SetError(saved);
        }
    }
}
