using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Graph.Model;
using Graph.View;

namespace Graph.Tests.View;

/// <summary>The seeds graph, its HTML views written to a temp folder, and one headless Chromium for the class.</summary>
public sealed class ViewBrowserFixture : IAsyncLifetime
{
    private HeadlessChromium? _browser;
    private string? _missing;

    public KnowledgeGraph Graph { get; } = new Graph.Pipeline.GraphPipeline().Build([EndToEnd.RepoPaths.Seeds]).Graph;

    public string Folder { get; } = Directory.CreateTempSubdirectory("graph-view-html-").FullName;

    /// <summary>Writes the view's HTML and returns its file:// URL.</summary>
    public string Write(GraphView view, string name)
    {
        var path = Path.Combine(Folder, name);
        using (var w = new StreamWriter(path, false, new System.Text.UTF8Encoding(false)))
        {
            new HtmlViewWriter().Write(view, w);
        }

        return new Uri(path).AbsoluteUri;
    }

    public async Task<HeadlessChromium> BrowserAsync()
    {
        if (_browser is not null)
        {
            return _browser;
        }

        Skip.If(Environment.GetEnvironmentVariable("GRAPH_SKIP_BROWSER") == "1", $"GRAPH_SKIP_BROWSER=1: headless Chromium test skipped ({_missing ?? "browser present"}).");
        Assert.Fail(_missing ?? "the browser did not start");
        return await Task.FromResult<HeadlessChromium>(null!);
    }

    public async Task InitializeAsync()
    {
        var exe = HeadlessChromium.FindExecutable();
        if (exe is null)
        {
            var where = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } p ? p : "/usr/bin/chromium";
            _missing = $"Chromium not found at {where}: {HeadlessChromium.AptHint}.";
            return;
        }

        if (Environment.GetEnvironmentVariable("GRAPH_SKIP_BROWSER") != "1")
        {
            _browser = await HeadlessChromium.StartAsync(exe);
        }
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        Directory.Delete(Folder, recursive: true);
    }
}

/// <summary>
/// The HTML view opened from file:// in headless Chromium: what the page renders must match the C# projection,
/// search must find aliases, a click must show provenance. Screenshots go to TestResults/view/.
/// </summary>
public sealed class HtmlViewBrowserTests(ViewBrowserFixture fixture) : IClassFixture<ViewBrowserFixture>
{
    private const string Ready = "window.graphView && window.graphView.ready === true && window.cy";

    private static string ScreenshotFolder => Path.Combine(Graph.Tests.Neo4j.Repo.Root, "TestResults", "view");

    [SkippableTheory]
    [InlineData("company-technology")]
    [InlineData("all")]
    public async Task Rendered_node_and_edge_counts_equal_the_projection(string projection)
    {
        // Given the seeds graph projected and written as HTML
        var browser = await fixture.BrowserAsync();
        var view = GraphView.Project(fixture.Graph, ViewOptions.Default with { Scope = ViewOptions.ParseScope(projection) });
        Assert.NotEmpty(view.Edges);

        // When Chromium opens it from file://
        await browser.OpenAsync(fixture.Write(view, projection + ".html"), Ready);

        // Then Cytoscape rendered exactly the projection's nodes and edges, with the same ids, and fetched nothing
        Assert.Equal(view.Nodes.Length, (await browser.EvaluateAsync("cy.nodes().length")).GetInt32());
        Assert.Equal(view.Edges.Length, (await browser.EvaluateAsync("cy.edges().length")).GetInt32());
        var ids = (await browser.EvaluateAsync("cy.nodes().map(n => n.id()).sort()")).EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Equal(view.Nodes.Select(n => n.Id).Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
        Assert.Equal(0, (await browser.EvaluateAsync("performance.getEntriesByType('resource').length")).GetInt32());
        await SaveScreenshotAsync(browser, projection + ".png");
    }

    [SkippableFact]
    public async Task Searching_an_alias_selects_that_companys_node()
    {
        // Given a company whose alias names no other node
        var browser = await fixture.BrowserAsync();
        var view = GraphView.Project(fixture.Graph, ViewOptions.Default);
        var (company, alias) = UniqueAlias(view);

        // When the alias is typed into the search box
        await browser.OpenAsync(fixture.Write(view, "search.html"), Ready);
        await browser.EvaluateAsync($"(() => {{ const s = document.getElementById('search'); s.value = {Js(alias)}; s.dispatchEvent(new Event('input')); }})()");

        // Then exactly that company's node is selected and the panel shows its name
        var selected = (await browser.EvaluateAsync("cy.$('node:selected').map(n => n.id())")).EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Equal([company.Id], selected);
        Assert.Equal(company.Name, (await browser.EvaluateAsync("document.querySelector('#panel h2').textContent")).GetString());
    }

    [SkippableFact]
    public async Task Clicking_a_node_shows_the_titles_of_its_articles()
    {
        // Given the company-technology view and its best-documented node
        var browser = await fixture.BrowserAsync();
        var view = GraphView.Project(fixture.Graph, ViewOptions.Default);
        var node = view.Nodes.OrderByDescending(n => n.Articles.Length).ThenBy(n => n.Id, StringComparer.Ordinal).First();
        var expected = node.Articles.Select(id => view.Articles[id].Title).ToList();
        Assert.NotEmpty(expected);
        await browser.OpenAsync(fixture.Write(view, "click.html"), Ready);

        // When the mouse clicks the node where Chromium drew it
        var at = await browser.EvaluateAsync(
            $"(() => {{ const n = cy.getElementById({Js(node.Id)}); const p = n.renderedPosition(); const r = cy.container().getBoundingClientRect(); return [p.x + r.left, p.y + r.top]; }})()");
        await browser.ClickAsync(at[0].GetDouble(), at[1].GetDouble());

        // Then the side panel lists the titles of the articles it came from, with their dates
        var titles = (await browser.EvaluateAsync("[...document.querySelectorAll('#provenance .article-title')].map(e => e.textContent)"))
            .EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Equal(expected, titles);
        Assert.Equal(node.Name, (await browser.EvaluateAsync("document.querySelector('#panel h2').textContent")).GetString());
        await SaveScreenshotAsync(browser, "company-technology-clicked.png");
    }

    [SkippableFact]
    public async Task Tapping_an_edge_shows_the_titles_of_its_articles()
    {
        var browser = await fixture.BrowserAsync();
        var view = GraphView.Project(fixture.Graph, ViewOptions.Default);
        var index = view.Edges.IndexOf(view.Edges.OrderByDescending(e => e.Articles.Length).First());
        await browser.OpenAsync(fixture.Write(view, "edge.html"), Ready);

        await browser.EvaluateAsync($"void cy.getElementById('e{index}').emit('tap')");

        var titles = (await browser.EvaluateAsync("[...document.querySelectorAll('#provenance .article-title')].map(e => e.textContent)"))
            .EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Equal(view.Edges[index].Articles.Select(id => view.Articles[id].Title), titles);
    }

    [SkippableFact]
    public async Task The_pages_date_range_shows_what_the_since_until_projection_keeps()
    {
        // Given the all view and a date that splits its dated articles
        var browser = await fixture.BrowserAsync();
        var view = GraphView.Project(fixture.Graph, ViewOptions.Default with { Scope = ViewScope.All });
        var dates = view.Articles.Values.Select(a => a.Date).OfType<string>().Order(StringComparer.Ordinal).ToList();
        Assert.True(dates.Count >= 2, "the seeds need dated articles");
        var since = dates[dates.Count / 2];
        await browser.OpenAsync(fixture.Write(view, "dates.html"), Ready);

        // When the page's From field is set to it
        var shown = await browser.EvaluateAsync(
            $"(() => {{ const s = document.getElementById('since'); s.value = {Js(since)}; s.dispatchEvent(new Event('change')); return graphView.applyFilters(); }})()");

        // Then it shows what `view --since` keeps
        var projected = GraphView.Project(fixture.Graph, new ViewOptions(ViewScope.All, [], DateOnly.ParseExact(since, "yyyy-MM-dd", CultureInfo.InvariantCulture), null));
        Assert.True(projected.Edges.Length < view.Edges.Length);
        Assert.Equal(projected.Edges.Length, shown.GetProperty("edges").GetInt32());
        Assert.Equal(projected.Nodes.Length, shown.GetProperty("nodes").GetInt32());
    }

    private static (ViewNode Company, string Alias) UniqueAlias(GraphView view)
    {
        var names = view.Nodes.SelectMany(n => n.Aliases.Add(n.Name).Select(a => (Name: a.ToLowerInvariant(), n.Id)))
            .GroupBy(x => x.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Id).Distinct().Count(), StringComparer.Ordinal);
        return view.Nodes.Where(n => n.Label == NodeLabels.Company)
            .SelectMany(n => n.Aliases.Where(a => a != n.Name && names[a.ToLowerInvariant()] == 1).Select(a => (n, a)))
            .First();
    }

    private static string Js(string value) => JsonSerializer.Serialize(value);

    private static async Task SaveScreenshotAsync(HeadlessChromium browser, string name)
    {
        var png = await browser.ScreenshotAsync();
        Assert.Equal<byte>([0x89, (byte)'P', (byte)'N', (byte)'G'], png.Take(4).ToArray());
        Directory.CreateDirectory(ScreenshotFolder);
        await File.WriteAllBytesAsync(Path.Combine(ScreenshotFolder, name), png);
    }
}
