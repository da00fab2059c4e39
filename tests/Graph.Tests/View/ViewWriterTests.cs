using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Graph.View;

namespace Graph.Tests.View;

/// <summary>The HTML and SVG files `graph view` writes, checked without a browser.</summary>
public sealed partial class ViewWriterTests
{
    private static GraphView AllOfSmall() => GraphView.Project(GraphViewTests.Small(), ViewOptions.Default with { Scope = ViewScope.All });

    [GeneratedRegex("<script type=\"application/json\" id=\"graph-data\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex Island();

    [Fact]
    public void The_same_view_gives_the_same_html_bytes()
    {
        Assert.Equal(new HtmlViewWriter().WriteToString(AllOfSmall()), new HtmlViewWriter().WriteToString(AllOfSmall()));
    }

    [Fact]
    public void The_html_inlines_cytoscape_and_loads_nothing_from_outside()
    {
        var html = new HtmlViewWriter().WriteToString(AllOfSmall());

        Assert.Contains(ViewAssets.CytoscapeHeader, html, StringComparison.Ordinal);
        Assert.Contains(ViewAssets.Cytoscape, html, StringComparison.Ordinal);
        Assert.DoesNotMatch("<(script|link|img|iframe)[^>]*(src|href)=", html);
        Assert.DoesNotContain("@import", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_title_holding_a_script_end_tag_stays_data()
    {
        // Given an article titled "Old news </script><b>x"
        var view = AllOfSmall();

        // When written as HTML
        var html = new HtmlViewWriter().WriteToString(view);

        // Then only the page's own three script elements close, and the island gives the title back intact
        Assert.Equal(3, Regex.Count(html, "</script>"));
        using var island = JsonDocument.Parse(Island().Match(html).Groups[1].Value);
        Assert.Equal("Old news </script><b>x", island.RootElement.GetProperty("articles").GetProperty("a23").GetProperty("title").GetString());
    }

    [Fact]
    public void The_json_island_holds_the_projection_with_positions_sizes_and_article_counts()
    {
        var view = AllOfSmall();

        using var island = JsonDocument.Parse(Island().Match(new HtmlViewWriter().WriteToString(view)).Groups[1].Value);

        var root = island.RootElement;
        Assert.Equal("all", root.GetProperty("projection").GetString());
        Assert.Equal(view.Nodes.Select(n => n.Id), root.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
        Assert.Equal(view.Edges.Length, root.GetProperty("edges").GetArrayLength());
        var develops = root.GetProperty("edges").EnumerateArray().First(e => e.GetProperty("count").GetInt32() == 2);
        Assert.Equal("DEVELOPS", develops.GetProperty("type").GetString());
        Assert.True(develops.GetProperty("width").GetDouble() > root.GetProperty("edges")[0].GetProperty("width").GetDouble());
        Assert.All(root.GetProperty("nodes").EnumerateArray(), n => Assert.True(n.GetProperty("size").GetDouble() >= 14));
        Assert.Equal(["示例机器人"], root.GetProperty("nodes").EnumerateArray()
            .Single(n => n.GetProperty("label").GetString() == "Company").GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public void The_svg_is_well_formed_with_one_circle_per_node_and_one_line_per_edge()
    {
        var view = AllOfSmall();

        var svg = new SvgViewWriter().WriteToString(view);

        var doc = XDocument.Parse(svg);
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal(view.Nodes.Length, doc.Descendants(ns + "circle").Count());
        Assert.Equal(view.Edges.Length, doc.Descendants(ns + "line").Count());
        Assert.Equal(view.Nodes.Select(n => n.Name), doc.Descendants(ns + "g").Single(g => (string?)g.Attribute("class") == "labels").Elements(ns + "text").Select(t => t.Value));
        Assert.Equal(svg, new SvgViewWriter().WriteToString(AllOfSmall()));
    }

    [Fact]
    public void The_view_command_writes_html_and_svg_and_refuses_a_bad_date()
    {
        var dir = Directory.CreateTempSubdirectory("graph-view-cli-").FullName;
        try
        {
            var graphml = Path.Combine(AppContext.BaseDirectory, "TestData", "View", "small.graphml");
            var html = Path.Combine(dir, "out", "v.html");
            var svg = Path.Combine(dir, "v.svg");

            Assert.Equal(0, Graph.Cli.Program.Main(["view", graphml, "--only", "all", "-o", html]));
            Assert.Equal(0, Graph.Cli.Program.Main(["view", graphml, "--format", "svg", "--since", "2024-01-01", "-o", svg]));
            Assert.Equal(2, Graph.Cli.Program.Main(["view", graphml, "--since", "2024-13-01", "-o", svg]));

            Assert.Contains("id=\"graph-data\"", File.ReadAllText(html), StringComparison.Ordinal);
            Assert.Equal(2, XDocument.Load(svg).Descendants("{http://www.w3.org/2000/svg}circle").Count());
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
