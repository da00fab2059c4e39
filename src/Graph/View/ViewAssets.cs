namespace Graph.View;

/// <summary>
/// The vendored JavaScript, embedded in the assembly and inlined into each HTML view (nothing is fetched at run time).
/// Assets/cytoscape.min.js is Cytoscape.js 3.35.0 (npm <c>cytoscape@3.35.0</c>, <c>dist/cytoscape.min.js</c>),
/// MIT licence, copyright The Cytoscape Consortium; the licence text is Assets/cytoscape.LICENSE.
/// To upgrade: <c>npm pack cytoscape@X</c>, copy <c>dist/cytoscape.min.js</c> and <c>LICENSE</c>, change the version here.
/// </summary>
public static class ViewAssets
{
    public const string CytoscapeVersion = "3.35.0";

    private static readonly Lazy<string> Library = new(() => Load("cytoscape.min.js"));

    /// <summary>The header written before the inlined library.</summary>
    public static string CytoscapeHeader =>
        $"/*! Cytoscape.js {CytoscapeVersion} (npm cytoscape@{CytoscapeVersion}), MIT licence, (c) The Cytoscape Consortium; inlined so the page works offline. */\n";

    /// <summary>The minified Cytoscape.js source.</summary>
    public static string Cytoscape => Library.Value;

    private static string Load(string name)
    {
        var resource = "Graph.View.Assets." + name;
        using var stream = typeof(ViewAssets).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded asset {resource} is missing from {typeof(ViewAssets).Assembly.GetName().Name}; check the EmbeddedResource line for View/Assets in Graph.csproj.");
        using var reader = new StreamReader(stream);
        var text = reader.ReadToEnd();
        if (text.Contains("</script", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"The embedded asset {resource} contains '</script' and cannot be inlined in a <script> element.");
        }

        return text;
    }
}
