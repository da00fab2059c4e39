using System.Collections.Immutable;
using System.Xml;
using Graph.Export;
using Graph.Model;
using Graph.Pipeline;

namespace Graph.Tests.EndToEnd;

/// <summary>A folder mixing good articles with empty, binary, conflict-only, oversized and control-character files.</summary>
public sealed class BadInputTests
{
    [Fact]
    public void Build_runs_to_the_end_and_skips_each_bad_file_with_a_reason()
    {
        // given the bad input folder
        using var folder = new BadInputFolder();

        // when it is built
        var result = Builds.BuildAndExport(folder.Input, folder.Out);

        // then every bad file is skipped with a reason, and the good articles are read
        foreach (var bad in BadInputFolder.BadFiles)
        {
            var skip = Assert.Single(result.Skipped, s => Path.GetFileName(s.Source) == bad);
            Assert.False(string.IsNullOrWhiteSpace(skip.Reason), $"{bad} was skipped without a reason.");
        }

        Assert.Contains(result.Articles, a => a.Source == BadInputFolder.GoodFile);
        Assert.True(File.Exists(Path.Combine(folder.Out, ExportWriter.GraphMlFileName)));
    }

    [Fact]
    public void Gb18030_article_is_decoded_and_read()
    {
        // given a GB18030-encoded article among the bad files
        using var folder = new BadInputFolder();

        // when the folder is built
        var result = new GraphPipeline().Build([folder.Input]);

        // then the article is read with its Chinese title and body intact, and becomes an Article node
        var article = Assert.Single(result.Articles, a => a.Source == BadInputFolder.Gb18030File);
        Assert.Equal(BadInputFolder.Gb18030Title, article.Title);
        Assert.Contains("数字农业推进会", article.Body, StringComparison.Ordinal);
        Assert.Contains(result.Graph.Nodes, n => n.Label == NodeLabels.Article && n.Properties.GetString("title") == BadInputFolder.Gb18030Title);
    }

    [Fact]
    public void Graphml_stays_well_formed_and_loads_in_networkx_despite_xml_forbidden_characters()
    {
        // given the folder with a company name holding U+0001 and U+000B
        using var folder = new BadInputFolder();

        // when it is built and exported
        var result = Builds.BuildAndExport(folder.Input, folder.Out);
        var graphMl = Path.Combine(folder.Out, ExportWriter.GraphMlFileName);

        // then a strict XML reader reads the whole document, and networkx loads it with the graph's counts
        using (var reader = XmlReader.Create(graphMl, new XmlReaderSettings { CheckCharacters = true, DtdProcessing = DtdProcessing.Prohibit }))
        {
            while (reader.Read())
            {
            }
        }

        var (nodes, edges) = Processes.NetworkxCounts(graphMl);
        Assert.Equal(result.Graph.Nodes.Length, nodes);
        Assert.Equal(result.Graph.Edges.Length, edges);
        var values = result.Graph.Nodes.SelectMany(n => n.Properties.Values)
            .SelectMany(v => v is ImmutableArray<string> list ? list.AsEnumerable() : [v.ToString() ?? ""]);
        Assert.DoesNotContain(values, v => v.Contains('\u0001') || v.Contains('\u000B'));
    }

    [Fact]
    public void Strict_build_of_the_folder_exits_with_code_3_and_names_the_bad_file()
    {
        // given the bad input folder
        using var folder = new BadInputFolder();

        // when the CLI builds it with --strict
        var r = Processes.Cli("build", folder.Input, "--out", folder.Out, "--strict");

        // then it exits with 3 and the message names a bad file
        Assert.True(r.ExitCode == 3, $"expected exit code 3, got {r.ExitCode}:\n{r.Output}");
        var flat = r.Output.Replace("\n", "", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal);
        Assert.Contains(BadInputFolder.BadFiles, f => flat.Contains(f, StringComparison.Ordinal));
        Assert.False(File.Exists(Path.Combine(folder.Out, ExportWriter.GraphMlFileName)), "a strict build that failed must not write exports");
    }
}
