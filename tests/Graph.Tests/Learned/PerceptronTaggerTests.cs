using System.Text;
using Graph.Extraction;
using Graph.Extraction.Learned;

namespace Graph.Tests.Learned;

public sealed class PerceptronTaggerTests
{
    private static readonly PerceptronTagger Shipped = PerceptronTagger.FromEmbeddedModel();

    private static string Sentence() =>
        File.ReadAllLines(Path.Combine("TestData", "Learned", "shipped-sentences.txt"), Encoding.UTF8)[0];

    private static List<ClueNerExample> TinyTrain()
    {
        using var reader = new StreamReader(Path.Combine("TestData", "Learned", "tiny-train.json"), Encoding.UTF8);
        return ClueNerCorpus.Read(reader, "tiny-train.json");
    }

    [Fact]
    public void Shipped_model_finds_a_person_and_a_company()
    {
        // Given a crafted news sentence with a company, a title and a person
        var text = Sentence();

        // When the shipped tagger reads it
        var entities = Shipped.Tag(text);

        // Then the company and the person are found with their kinds
        Assert.Contains(entities, e => e.Category == "company" && e.Text == "恒丰物流集团");
        Assert.Contains(entities, e => e.Category == "name" && e.Text == "刘建华");
        Assert.Equal(EntityKind.Person, ClueNerCategories.ToEntityKind("name"));
        Assert.Equal(EntityKind.Company, ClueNerCategories.ToEntityKind("company"));
    }

    [Fact]
    public void Spans_count_code_points_after_a_non_bmp_character()
    {
        // Given the sentence behind two supplementary-plane characters (two UTF-16 units each)
        var text = "𠮷𠮷" + Sentence();
        var codePoints = text.EnumerateRunes().Select(r => r.ToString()).ToArray();

        // When tagged
        var person = Assert.Single(Shipped.Tag(text), e => e.Category == "name");

        // Then the span indexes code points: it selects the name and is offset by 2, not 4
        Assert.Equal(person.Text, string.Concat(codePoints[person.Start..person.End]));
        var plain = Assert.Single(Shipped.Tag(Sentence()), e => e.Category == "name");
        Assert.Equal(plain.Start + 2, person.Start);
    }

    [Fact]
    public void Model_written_and_read_back_predicts_the_same()
    {
        // Given a tiny model trained on crafted lines
        var options = new PerceptronTrainerOptions { MaxEpochs = 5, HeldOutFraction = 0, GazetteerFolds = 2, Prune = 0 };
        using var first = new MemoryStream();
        var trained = new PerceptronTrainer(options, TextWriter.Null).Train(TinyTrain(), first);
        var bytes = first.ToArray();

        // When it is loaded back from its bytes
        var loaded = new PerceptronTagger(() => new MemoryStream(bytes), "memory");

        // Then it tags exactly as the in-memory model did, and retraining gives the same bytes
        foreach (var text in new[] { "晨光电器公司总经理周立新表示，新产品下月上市。", "青石软件公司宣布与星河银行合作。", "王海平说，他来到南京。" })
            Assert.Equal(trained.Tag(text), loaded.Tag(text));
        Assert.NotEmpty(loaded.Tag("晨光电器公司总经理周立新表示，新产品下月上市。"));
        using var second = new MemoryStream();
        new PerceptronTrainer(options, TextWriter.Null).Train(TinyTrain(), second);
        Assert.Equal(bytes, second.ToArray());
    }

    [Fact]
    public void Corrupt_model_names_its_source()
    {
        var tagger = new PerceptronTagger(() => new MemoryStream([1, 2, 3]), "broken.bin.gz");
        var error = Assert.Throws<InvalidDataException>(() => tagger.Tag("测试"));
        Assert.StartsWith("broken.bin.gz", error.Message);
    }
}
