using Graph.Model;

namespace Graph.Export;

/// <summary>Names of the GraphML dialect shared by <see cref="GraphMlWriter"/> and <see cref="GraphMlReader"/> (APOC's).</summary>
internal static class GraphMl
{
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";
    public const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";
    public const string SchemaLocation = "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";

    /// <summary>Key id (and attr.name) of the node labels data, as APOC writes and reads it.</summary>
    public const string LabelsKey = "labels";

    /// <summary>Key id (and attr.name) of the relationship type data, as APOC writes and reads it.</summary>
    public const string LabelKey = "label";

    /// <summary>
    /// Key id of the node display-name data (<c>attr.name="label"</c>), which Gephi shows as the node label. Its id
    /// differs from the edge key <see cref="LabelKey"/>, and its name from APOC's <see cref="LabelsKey"/>.
    /// </summary>
    public const string NodeLabelKey = "node_label";

    /// <summary>attr.name of the node display-name data.</summary>
    public const string NodeLabelName = "label";

    /// <summary>The yFiles GraphML extension namespace (yEd).</summary>
    public const string YNamespace = "http://www.yworks.com/xml/graphml";

    /// <summary>Ids of the yFiles graphics keys of the yEd profile.</summary>
    public const string NodeGraphicsKey = "node_graphics";

    public const string EdgeGraphicsKey = "edge_graphics";

    public const string NodeKeyPrefix = "n_";
    public const string EdgeKeyPrefix = "e_";

    public static string TypeName(PropertyKind kind) => kind switch
    {
        PropertyKind.Long => "long",
        PropertyKind.Double => "double",
        PropertyKind.Boolean => "boolean",
        _ => "string",
    };

    /// <summary>
    /// The name a viewer shows for a node: its <c>name</c>; an Article's <c>title</c>; an Event's type and date
    /// ("visit 2024-03-15"); else its key; else its id.
    /// </summary>
    public static string DisplayName(GraphNode node)
    {
        if (node.Properties.GetString("name") is { Length: > 0 } name)
        {
            return name;
        }

        if (node.Label == NodeLabels.Article && node.Properties.GetString("title") is { Length: > 0 } title)
        {
            return title;
        }

        if (node.Label == NodeLabels.Event)
        {
            var parts = new[] { node.Properties.GetString("type"), node.Properties.GetString("date") }.Where(p => !string.IsNullOrEmpty(p));
            var text = string.Join(" ", parts);
            if (text.Length > 0)
            {
                return text;
            }
        }

        return node.Properties.GetString(GraphSchema.KeyOf(node.Label)) ?? node.Id;
    }

    /// <summary>APOC's label string: every label prefixed with ':' (":Company:Organization").</summary>
    public static string LabelString(IEnumerable<string> labels) => string.Concat(labels.Select(l => ":" + l));

    /// <summary>
    /// The GraphML id of a node: its primary label and a hash of its key (Company_3f2a…), an XML name token that
    /// is the same for the same entity in every export, whatever else the corpus holds.
    /// </summary>
    public static string ElementId(string label, string nodeId) =>
        label + "_" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(nodeId)))[..16];
}
