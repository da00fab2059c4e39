using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Xml;
using Graph.Model;

namespace Graph.Export;

/// <summary>
/// Writes a <see cref="KnowledgeGraph"/> as GraphML in the convention Neo4j APOC writes and reads
/// (<c>apoc.export.graphml</c> / <c>apoc.import.graphml</c> with <c>readLabels: true</c>): nodes carry
/// <c>labels=":Company:Organization"</c> plus a <c>labels</c> data element, edges carry <c>label="TYPE"</c> plus a
/// <c>label</c> data element, list properties are JSON arrays declared <c>attr.type="string" attr.list="string"</c>.
/// Node and edge property keys are declared separately (ids <c>n_&lt;name&gt;</c> and <c>e_&lt;name&gt;</c>); nodes
/// also carry a <c>label</c> data key (id <c>node_label</c>) with their display name, which Gephi shows. Node ids are
/// <c>n0</c>, <c>n1</c>, ... in graph order and edge ids <c>e0</c>, ... (XML name tokens, as GraphML's schema wants;
/// the reader rebuilds graph ids from label and key). <see cref="GraphMlProfile.Yed"/> adds yFiles graphics.
/// Output is UTF-8 without BOM, LF newlines, two-space indent; XML-forbidden characters are dropped; the same graph
/// always gives the same bytes.
/// </summary>
public sealed class GraphMlWriter(GraphMlProfile profile)
{
    public GraphMlWriter()
        : this(GraphMlProfile.Apoc)
    {
    }

    public GraphMlProfile Profile { get; } = profile;

    /// <summary>Written by hand so that a TextWriter of any encoding still declares UTF-8, as the file is.</summary>
    private const string Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    /// <summary>Writes the graph to <paramref name="output"/> (left open).</summary>
    public void Write(KnowledgeGraph graph, Stream output)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        output.Write(utf8.GetBytes(Declaration));
        using (var xml = XmlWriter.Create(output, Settings(utf8)))
        {
            WriteDocument(graph, xml, Profile);
        }

        output.WriteByte((byte)'\n');
        output.Flush();
    }

    /// <summary>Writes the graph to <paramref name="output"/> (left open); the declaration says UTF-8 whatever the writer's encoding.</summary>
    public void Write(KnowledgeGraph graph, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        output.Write(Declaration);
        using (var xml = XmlWriter.Create(output, Settings(null)))
        {
            WriteDocument(graph, xml, Profile);
        }

        output.Write('\n');
        output.Flush();
    }

    /// <summary>The GraphML document as a string (for tests and small graphs).</summary>
    public string WriteToString(KnowledgeGraph graph)
    {
        using var sw = new StringWriter { NewLine = "\n" };
        Write(graph, sw);
        return sw.ToString();
    }

    private static XmlWriterSettings Settings(Encoding? encoding)
    {
        var settings = new XmlWriterSettings
        {
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            // Entitize keeps CR (and LF/tab inside attributes) as character references, so values survive a reader's
            // newline normalization byte for byte.
            NewLineHandling = NewLineHandling.Entitize,
            OmitXmlDeclaration = true,
            CloseOutput = false,
            CheckCharacters = true,
        };
        if (encoding is not null)
        {
            settings.Encoding = encoding;
        }

        return settings;
    }

    private static void WriteDocument(KnowledgeGraph graph, XmlWriter xml, GraphMlProfile profile)
    {
        var yed = profile == GraphMlProfile.Yed;
        var nodeKinds = PropertyKinds.Collect(graph.Nodes.Select(n => n.Properties));
        var edgeKinds = PropertyKinds.Collect(graph.Edges.Select(e => e.Properties));

        xml.WriteStartElement("graphml", GraphMl.Namespace);
        xml.WriteAttributeString("xmlns", GraphMl.Namespace);
        xml.WriteAttributeString("xmlns", "xsi", null, GraphMl.XsiNamespace);
        if (yed)
        {
            xml.WriteAttributeString("xmlns", "y", null, GraphMl.YNamespace);
        }

        xml.WriteAttributeString("xsi", "schemaLocation", GraphMl.XsiNamespace, GraphMl.SchemaLocation);

        WriteKey(xml, GraphMl.LabelsKey, "node", GraphMl.LabelsKey, PropertyKind.String);
        WriteKey(xml, GraphMl.NodeLabelKey, "node", GraphMl.NodeLabelName, PropertyKind.String);
        foreach (var (name, kind) in nodeKinds)
        {
            WriteKey(xml, GraphMl.NodeKeyPrefix + name, "node", name, kind);
        }

        WriteKey(xml, GraphMl.LabelKey, "edge", GraphMl.LabelKey, PropertyKind.String);
        foreach (var (name, kind) in edgeKinds)
        {
            WriteKey(xml, GraphMl.EdgeKeyPrefix + name, "edge", name, kind);
        }

        if (yed)
        {
            YedGraphics.WriteKeys(xml);
        }

        xml.WriteStartElement("graph");
        xml.WriteAttributeString("id", "G");
        xml.WriteAttributeString("edgedefault", "directed");

        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        var layout = new YedGraphics.Grid(graph.Nodes.Length);
        for (var i = 0; i < graph.Nodes.Length; i++)
        {
            var node = graph.Nodes[i];
            var clean = XmlChars.Clean(node.Id);
            if (!owners.TryAdd(clean, node.Id))
            {
                throw new ExportException(
                    $"Nodes '{owners[clean]}' and '{node.Id}' have the same GraphML id once XML-forbidden characters are dropped; clean the names before export.");
            }

            var id = GraphMl.ElementId(node.Label, clean);
            ids[node.Id] = id;
            var labels = GraphMl.LabelString(node.Labels);
            var display = XmlChars.Clean(GraphMl.DisplayName(node));
            xml.WriteStartElement("node");
            xml.WriteAttributeString("id", id);
            xml.WriteAttributeString("labels", labels);
            WriteData(xml, GraphMl.LabelsKey, labels);
            WriteData(xml, GraphMl.NodeLabelKey, display);
            WriteProperties(xml, GraphMl.NodeKeyPrefix, node.Properties);
            if (yed)
            {
                YedGraphics.WriteNode(xml, node.Label, display, layout.At(i));
            }

            xml.WriteEndElement();
        }

        var edgeNumber = 0;
        foreach (var edge in graph.Edges)
        {
            xml.WriteStartElement("edge");
            xml.WriteAttributeString("id", "e" + edgeNumber++.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("source", ids[edge.Source]);
            xml.WriteAttributeString("target", ids[edge.Target]);
            xml.WriteAttributeString("label", edge.Type);
            WriteData(xml, GraphMl.LabelKey, edge.Type);
            WriteProperties(xml, GraphMl.EdgeKeyPrefix, edge.Properties);
            if (yed)
            {
                YedGraphics.WriteEdge(xml, edge.Type);
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement(); // graph
        xml.WriteEndElement(); // graphml
    }

    private static void WriteKey(XmlWriter xml, string id, string forWhat, string name, PropertyKind kind)
    {
        xml.WriteStartElement("key");
        xml.WriteAttributeString("id", XmlChars.Clean(id));
        xml.WriteAttributeString("for", forWhat);
        xml.WriteAttributeString("attr.name", XmlChars.Clean(name));
        xml.WriteAttributeString("attr.type", GraphMl.TypeName(kind));
        if (kind == PropertyKind.StringList)
        {
            xml.WriteAttributeString("attr.list", "string");
        }

        xml.WriteEndElement();
    }

    private static void WriteProperties(XmlWriter xml, string prefix, PropertyMap properties)
    {
        foreach (var (name, value) in properties)
        {
            var text = value is ImmutableArray<string> list ? JsonArray(list) : PropertyKinds.Scalar(value);
            WriteData(xml, prefix + name, text);
        }
    }

    private static void WriteData(XmlWriter xml, string key, string text)
    {
        xml.WriteStartElement("data");
        xml.WriteAttributeString("key", XmlChars.Clean(key));
        xml.WriteString(XmlChars.Clean(text));
        xml.WriteEndElement();
    }

    /// <summary>A JSON array of the (cleaned) items: only '"', '\' and control characters are escaped, the rest kept as is.</summary>
    internal static string JsonArray(ImmutableArray<string> items)
    {
        var sb = new StringBuilder("[");
        for (var i = 0; i < items.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }

            sb.Append('"');
            foreach (var c in XmlChars.Clean(items[i]))
            {
                switch (c)
                {
                    case '"': sb.Append("\\\""); break;
                    case '\\': sb.Append("\\\\"); break;
                    case '\n': sb.Append("\\n"); break;
                    case '\r': sb.Append("\\r"); break;
                    case '\t': sb.Append("\\t"); break;
                    default: sb.Append(c); break;
                }
            }

            sb.Append('"');
        }

        return sb.Append(']').ToString();
    }
}
