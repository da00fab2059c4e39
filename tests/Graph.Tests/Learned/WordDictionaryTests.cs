using System.Text;
using Graph.Extraction.Learned;

namespace Graph.Tests.Learned;

public sealed class WordDictionaryTests
{
    private static WordDictionary TinyDict()
    {
        using var reader = new StreamReader(Path.Combine("TestData", "Learned", "tiny-dict.txt"), Encoding.UTF8);
        return WordDictionary.Parse(reader, "tiny-dict.txt");
    }

    private static List<string> Segment(WordDictionary dict, string text)
    {
        var chars = new CodePointText(text).Chars;
        int n = chars.Length;
        var len = new byte[n];
        dict.Segment(chars, new float[n + 1], new byte[n], len, new ushort[n]);
        var words = new List<string>();
        for (int i = 0; i < n; i += len[i]) words.Add(text.Substring(i, len[i]));
        return words;
    }

    [Fact]
    public void Segmentation_prefers_the_more_probable_route()
    {
        // Given a dictionary where 总经理 is one word and 新产品 outweighs 新 + 产品
        var dict = TinyDict();

        // When a sentence is segmented
        var words = Segment(dict, "总经理周立新表示新产品上市");

        // Then the words follow the dictionary, unknown chars stay single
        Assert.Equal(["总经理", "周立新", "表示", "新产品", "上市"], words);
        Assert.Equal(["他", "说", "来到", "南京市", "鑫"], Segment(dict, "他说来到南京市鑫"));
    }

    [Fact]
    public void Person_words_carry_their_class_and_chars_their_name_roles()
    {
        // Given the dictionary's person names 王海 / 王海平 / 周立新
        var dict = TinyDict();

        // When the words of a sentence are matched
        var chars = new CodePointText("他说王海平来到南京").Chars;
        int c = WordDictionary.Classes;
        var start = new byte[chars.Length * c];
        var end = new byte[chars.Length * c];
        dict.Words.Match(chars, c, WordDictionary.MaxWordLength, start, end);

        // Then the longest person word starts at 王, the place at 南, and 王 is a name's first char
        Assert.Equal(3, start[2 * c + WordDictionary.Person]);
        Assert.Equal(2, start[7 * c + WordDictionary.Place]);
        Assert.Equal(0, start[0 * c + WordDictionary.Word]); // single chars are not gazetteer words
        Assert.Equal(WordDictionary.Bucket(2), dict.RolesOf('王') & 15);
        Assert.Equal(0, dict.RolesOf('南') & 15);
    }

    [Fact]
    public void Malformed_line_names_the_file_and_line()
    {
        var error = Assert.Throws<InvalidDataException>(() => WordDictionary.Parse(new StringReader("好 1 a\n坏行\n"), "bad-dict.txt"));
        Assert.StartsWith("bad-dict.txt line 2", error.Message);
    }

    [Fact]
    public void Model_with_dictionary_reads_back_and_tags_the_same()
    {
        // Given a tiny model trained with every dictionary feature
        using var reader = new StreamReader(Path.Combine("TestData", "Learned", "tiny-train.json"), Encoding.UTF8);
        var train = ClueNerCorpus.Read(reader, "tiny-train.json");
        var options = new PerceptronTrainerOptions
        {
            MaxEpochs = 5, HeldOutFraction = 0, GazetteerFolds = 2, Prune = 0, Dictionary = TinyDict(),
            DictionaryFeatures = DictionaryFeatures.Words | DictionaryFeatures.CharRoles | DictionaryFeatures.Boundaries | DictionaryFeatures.Segmentation,
        };
        using var stream = new MemoryStream();
        var trained = new PerceptronTrainer(options, TextWriter.Null).Train(train, stream);
        var bytes = stream.ToArray();

        // When it is loaded from its bytes
        var loaded = new PerceptronTagger(() => new MemoryStream(bytes), "memory");

        // Then the dictionary travelled with it and tagging is identical
        Assert.Equal(options.DictionaryFeatures, loaded.Model.DictionaryFeatures);
        Assert.Equal(options.Dictionary.Words.Words.Count, loaded.Model.Dictionary.Words.Words.Count);
        foreach (var text in new[] { "晨光电器公司总经理周立新表示，新产品下月上市。", "王海平说，他来到南京。" })
            Assert.Equal(trained.Tag(text), loaded.Tag(text));
    }
}
