using System.Collections.Immutable;
using Graph.Pipeline;

namespace Graph.Tests.EndToEnd;

/// <summary>The seed whose annotation block sits inside an unresolved git conflict.</summary>
public sealed class ConflictSeedTests
{
    private static readonly string ConflictSeed = Path.Combine(RepoPaths.Seeds, "000_17739ddf13e78ba2.txt");
    private static readonly string[] Markers = ["<<<<<<<", "=======", ">>>>>>>"];

    [Fact]
    public void Conflicted_annotations_are_the_union_of_both_sides()
    {
        // given the conflicted seed (关键词 side one: 超常规支持, side two: 超常规思维)
        // when it is built
        var result = new GraphPipeline().Build([ConflictSeed]);

        // then the article keeps the keywords, technologies and industries of both sides
        var article = Assert.Single(result.Articles);
        Assert.Contains("超常规支持", article.Annotations.Keywords);
        Assert.Contains("超常规思维", article.Annotations.Keywords);
        Assert.Contains("产业发展", article.Annotations.Keywords);
        Assert.Contains("产业推动力", article.Annotations.Keywords);
        Assert.Contains("人形机器人识别抓取到推理避障技术", article.Annotations.Technologies);
        Assert.Contains("服务平台", article.Annotations.Technologies);
        Assert.Contains("超高清视频", article.Annotations.Industries);
        Assert.Contains("智能机器人", article.Annotations.Industries);
        Assert.Equal(article.Annotations.Keywords.Distinct(StringComparer.Ordinal).Count(), article.Annotations.Keywords.Length);
        Assert.Contains("黄强", article.Annotations.EventSummary, StringComparison.Ordinal);
    }

    [Fact]
    public void No_conflict_marker_reaches_any_node_or_edge_property()
    {
        // given the conflicted seed, when it is built
        var result = new GraphPipeline().Build([ConflictSeed]);

        // then no property value of any node or edge, nor the article text, holds a conflict marker
        Assert.NotEmpty(result.Graph.Nodes);
        var values = result.Graph.Nodes.SelectMany(n => n.Properties.Values)
            .Concat(result.Graph.Edges.SelectMany(e => e.Properties.Values))
            .SelectMany(v => v is ImmutableArray<string> list ? list.AsEnumerable() : [Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? ""])
            .ToList();
        var a = Assert.Single(result.Articles);
        values.AddRange([a.Title, a.Body, a.Summary, a.Annotations.EventSummary, .. a.Annotations.Keywords, .. a.Annotations.Technologies, .. a.Annotations.Industries]);
        foreach (var marker in Markers)
        {
            Assert.DoesNotContain(values, v => v.Contains(marker, StringComparison.Ordinal));
        }
    }
}
