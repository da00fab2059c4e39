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

    public const string NodeKeyPrefix = "n_";
    public const string EdgeKeyPrefix = "e_";

    public static string TypeName(PropertyKind kind) => kind switch
    {
        PropertyKind.Long => "long",
        PropertyKind.Double => "double",
        PropertyKind.Boolean => "boolean",
        _ => "string",
    };

    /// <summary>APOC's label string: every label prefixed with ':' (":Company:Organization").</summary>
    public static string LabelString(IEnumerable<string> labels) => string.Concat(labels.Select(l => ":" + l));
}
