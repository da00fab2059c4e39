using Graph.Extraction;
using Graph.Pipeline;
using Graph.Reading;

namespace Graph.Tests.EndToEnd;

public sealed class ExtractionFailureTests
{
    /// <summary>An extractor that fails on one article, as a bug would.</summary>
    private sealed class FailsOn(string source, IArticleExtractor inner) : IArticleExtractor
    {
        public ArticleExtraction Extract(Article article) =>
            article.Source == source ? throw new InvalidOperationException("boom") : inner.Extract(article);
    }

    [Fact]
    public void An_article_the_extractor_fails_on_is_reported_and_the_build_goes_on()
    {
        // given the seed folder and an extractor that throws on one article
        var victim = Directory.GetFiles(RepoPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).First();
        var extractor = new FailsOn(Path.GetFileName(victim), new GenreExtractor(Lexicon.LoadEmbedded()));

        // when the corpus is built
        var result = new GraphPipeline(extractor: extractor).Build([RepoPaths.Seeds]);

        // then that article is skipped with the reason, every other one is in the graph
        var skipped = Assert.Single(result.Skipped);
        Assert.Contains("extraction failed", skipped.Reason, StringComparison.Ordinal);
        Assert.Contains("boom", skipped.Reason, StringComparison.Ordinal);
        var total = Directory.GetFiles(RepoPaths.Seeds, "*.txt").Length;
        Assert.Equal(total - 1, result.Graph.Nodes.Count(n => n.Label == Graph.Model.NodeLabels.Article));
    }

    [Fact]
    public void A_declared_short_form_of_a_name_also_written_after_a_verb_does_not_break_extraction()
    {
        // given a company introduced with 以下简称 and written again right after a verb
        var article = new Article("a1", "a1.txt", "测试", "", "", "记者来到星河云图科技有限公司（以下简称“星河云图”）。产品已供货星河云图科技有限公司。星河云图表示将扩大产能。",
            null, 2025, ArticleAnnotations.None);

        // when it is extracted
        var x = new GenreExtractor(Lexicon.LoadEmbedded()).Extract(article);

        // then there is one company, named in full, with its short form
        var company = Assert.Single(x.Entities, e => e.Kind == EntityKind.Company);
        Assert.Equal("星河云图科技有限公司", company.Name);
        Assert.Contains("星河云图", company.Aliases);
    }
}
