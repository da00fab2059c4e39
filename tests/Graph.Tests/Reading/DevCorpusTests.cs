using Graph.Reading;

namespace Graph.Tests.Reading;

/// <summary>The shared dev articles (shared/eval/dev) as an end-to-end corpus for the reader.</summary>
public sealed class DevCorpusTests
{
    [SkippableFact]
    public void Every_dev_article_reads_with_title_url_body_and_no_markers()
    {
        var folder = FindDevFolder();
        Skip.If(folder is null, "shared/eval/dev not found next to the repository");

        var outcomes = new ArticleSource(new ArticleReader()).ReadAll([folder!]).ToList();

        Assert.True(outcomes.Count >= 17, $"only {outcomes.Count} files");
        Assert.All(outcomes, o =>
        {
            Assert.Null(o.Skipped);
            var a = o.Article!;
            Assert.False(string.IsNullOrWhiteSpace(a.Title), o.Path);
            Assert.StartsWith("http", a.Url, StringComparison.Ordinal);
            Assert.True(a.Body.Length > 200, o.Path);
            Assert.DoesNotContain("<<<<<<<", a.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("=======", a.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("关键词", a.Body, StringComparison.Ordinal);
            Assert.Equal(a.Body.Split('\n').Length, a.Body.Split('\n').Distinct().Count());
        });
        Assert.Equal(outcomes.Count, outcomes.Select(o => o.Article!.Id).Distinct().Count());
    }

    private static string? FindDevFolder()
    {
        var dev = Path.Combine(Graph.Tests.EndToEnd.RepoPaths.SharedPath, "eval", "dev");
        return Directory.Exists(dev) ? dev : null;
    }
}
