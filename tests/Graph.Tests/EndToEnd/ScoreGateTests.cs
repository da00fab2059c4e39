using Graph.Export;

namespace Graph.Tests.EndToEnd;

/// <summary>The quality gate: the dev corpus built and scored by shared/tools/score.py.</summary>
public sealed class ScoreGateTests
{
    [Fact]
    public void Every_dev_gold_article_is_in_the_built_graph()
    {
        // given the dev corpus and the scorer in ../shared
        var dev = Path.Combine(RepoPaths.Shared, "eval", "dev");
        var scorer = Path.Combine(RepoPaths.Shared, "tools", "score.py");
        Assert.True(File.Exists(scorer), $"{scorer} is missing: ../shared/tools must hold score.py.");
        using var tmp = new TempDir();

        // when the corpus is built and the graph scored
        Builds.BuildAndExport(dev, tmp.Path);
        var r = Processes.Run(Processes.Python, [scorer, dev, Path.Combine(tmp.Path, ExportWriter.GraphMlFileName)]);

        // then the scorer runs and finds every gold article in the graph
        Assert.True(r.ExitCode == 0, $"score.py failed ({r.ExitCode}):\n{r.Output}");
        Assert.Contains("missing from graph: 0", r.StdOut, StringComparison.Ordinal);
    }
}
