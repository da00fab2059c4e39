using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Xml;
using Graph.Model;

namespace Graph.Export;

/// <summary>
/// Reads GraphML in APOC's convention (as <see cref="GraphMlWriter"/> writes it, or as <c>apoc.export.graphml</c> does)
/// back into a <see cref="KnowledgeGraph"/>, and validates it: labels come from the node's <c>labels</c> attribute
/// (else its <c>labels</c> data); the primary label is the first label, unless a later label's schema label set
/// covers all of them (<c>:Organization:Company</c> is a Company); values are typed from <c>attr.type</c>,
/// <c>attr.list</c> values are JSON arrays read back as string lists. Node ids are rebuilt from label and key, so
/// files whose ids differ (APOC's <c>n0</c>, <c>n1</c>) load too. The node display-name key (<c>node_label</c>) and
/// yFiles graphics keys (<c>yfiles.type</c>, the yEd profile) are skipped. Every problem is an <see cref="ExportException"/>
/// naming the file and line.
/// </summary>
public sealed class GraphMlReader
{
    /// <summary>Reads and validates the GraphML file at <paramref name="path"/>.</summary>
    public KnowledgeGraph ReadFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new ExportException($"GraphML file '{path}' does not exist; give the path of a graph.graphml written by 'graph build'.");
        }

        using var stream = File.OpenRead(path);
        return Read(stream, path);
    }

    /// <summary>Reads and validates GraphML from <paramref name="input"/>; <paramref name="sourceName"/> names it in errors.</summary>
    public KnowledgeGraph Read(Stream input, string sourceName = "graph.graphml")
    {
        ArgumentNullException.ThrowIfNull(input);
        using var xml = XmlReader.Create(input, ReaderSettings());
        return Read(xml, sourceName);
    }

    /// <summary>Reads and validates GraphML from <paramref name="input"/>; <paramref name="sourceName"/> names it in errors.</summary>
    public KnowledgeGraph Read(TextReader input, string sourceName = "graph.graphml")
    {
        ArgumentNullException.ThrowIfNull(input);
        using var xml = XmlReader.Create(input, ReaderSettings());
        return Read(xml, sourceName);
    }

    private static XmlReaderSettings ReaderSettings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = false, // whitespace-only values must survive; layout whitespace is skipped by the loop
        CloseInput = false,
    };

    private sealed record Key(string Name, string Type, string? ListType);

    private sealed class PendingNode(string fileId, int line, string? labelsAttribute)
    {
        public string FileId { get; } = fileId;

        public int Line { get; } = line;

        public string? Labels { get; set; } = labelsAttribute;

        public Dictionary<string, object> Properties { get; } = new(StringComparer.Ordinal);
    }

    private sealed class PendingEdge(string source, string target, int line, string? type)
    {
        public string Source { get; } = source;

        public string Target { get; } = target;

        public int Line { get; } = line;

        public string? Type { get; set; } = type;

        public Dictionary<string, object> Properties { get; } = new(StringComparer.Ordinal);
    }

    private static KnowledgeGraph Read(XmlReader xml, string source)
    {
        var nodeKeys = new Dictionary<string, Key>(StringComparer.Ordinal);
        var edgeKeys = new Dictionary<string, Key>(StringComparer.Ordinal);
        var graphicsKeys = new HashSet<string>(StringComparer.Ordinal);
        var nodes = new List<PendingNode>();
        var edges = new List<PendingEdge>();
        PendingNode? node = null;
        PendingEdge? edge = null;
        var sawGraphMl = false;

        try
        {
            // ReadElementContentAsString leaves the reader on the next node already, so only advance when it was not used.
            var advance = true;
            while (advance ? xml.Read() : !xml.EOF)
            {
                advance = true;
                if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName is "node" or "edge")
                {
                    node = null;
                    edge = null;
                    continue;
                }

                if (xml.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                var line = Line(xml);
                switch (xml.LocalName)
                {
                    case "graphml":
                        sawGraphMl = true;
                        break;
                    case "key":
                    {
                        var id = Required(xml, "id", source);
                        if (xml.GetAttribute("yfiles.type") is not null)
                        {
                            graphicsKeys.Add(id); // yEd drawing data: skipped, the graph is in the other keys
                            break;
                        }

                        var key = new Key(xml.GetAttribute("attr.name") ?? id, xml.GetAttribute("attr.type") ?? "string", xml.GetAttribute("attr.list"));
                        var isEdge = xml.GetAttribute("for") == "edge";
                        if (!(isEdge ? edgeKeys : nodeKeys).TryAdd(id, key))
                        {
                            throw Error(source, line, $"key '{id}' is declared twice for {(isEdge ? "edges" : "nodes")}");
                        }

                        break;
                    }

                    case "node":
                        node = new PendingNode(Required(xml, "id", source), line, xml.GetAttribute("labels"));
                        edge = null;
                        nodes.Add(node);
                        if (xml.IsEmptyElement)
                        {
                            node = null;
                        }

                        break;
                    case "edge":
                        edge = new PendingEdge(Required(xml, "source", source), Required(xml, "target", source), line, xml.GetAttribute("label"));
                        node = null;
                        edges.Add(edge);
                        if (xml.IsEmptyElement)
                        {
                            edge = null;
                        }

                        break;
                    case "data":
                    {
                        var keyId = Required(xml, "key", source);
                        if (graphicsKeys.Contains(keyId))
                        {
                            xml.Skip();
                            advance = false;
                            break;
                        }

                        var text = string.Empty;
                        if (!xml.IsEmptyElement)
                        {
                            text = xml.ReadElementContentAsString();
                            advance = false;
                        }

                        if (node is not null)
                        {
                            if (keyId == GraphMl.LabelsKey)
                            {
                                node.Labels ??= text;
                            }
                            else if (keyId == GraphMl.NodeLabelKey)
                            {
                                // display name, derived from the properties: not a property itself
                            }
                            else
                            {
                                var key = nodeKeys.GetValueOrDefault(keyId) ?? new Key(keyId, "string", null);
                                node.Properties[key.Name] = Parse(key, text, source, line);
                            }
                        }
                        else if (edge is not null)
                        {
                            if (keyId == GraphMl.LabelKey)
                            {
                                edge.Type ??= text;
                            }
                            else
                            {
                                var key = edgeKeys.GetValueOrDefault(keyId) ?? new Key(keyId, "string", null);
                                edge.Properties[key.Name] = Parse(key, text, source, line);
                            }
                        }

                        break;
                    }
                }
            }
        }
        catch (XmlException e)
        {
            throw new ExportException($"{source}: not well-formed XML at line {e.LineNumber}, position {e.LinePosition}: {e.Message} Re-export the graph with 'graph build'.", e);
        }

        if (!sawGraphMl)
        {
            throw new ExportException($"{source}: no <graphml> element; this is not a GraphML file.");
        }

        return Assemble(nodes, edges, source);
    }

    private static KnowledgeGraph Assemble(List<PendingNode> nodes, List<PendingEdge> edges, string source)
    {
        var builder = new GraphBuilder();
        var idMap = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var n in nodes)
        {
            var labels = (n.Labels ?? string.Empty).Split(':', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (labels.Length == 0)
            {
                throw Error(source, n.Line, $"node '{n.FileId}' has no labels (expected labels=\":Label\")");
            }

            foreach (var l in labels)
            {
                if (!GraphSchema.Labels.Contains(l))
                {
                    throw Error(source, n.Line, $"node '{n.FileId}' has label '{l}', which is not in the graph schema ({string.Join(", ", GraphSchema.Labels)})");
                }
            }

            var primary = labels.FirstOrDefault(l => labels.All(GraphSchema.LabelsOf(l).Contains)) ?? labels[0];
            var keyName = GraphSchema.KeyOf(primary);
            if (!n.Properties.TryGetValue(keyName, out var keyValue) || keyValue is not string keyText || keyText.Length == 0)
            {
                throw Error(source, n.Line, $"{primary} node '{n.FileId}' lacks its key property '{keyName}' (a non-empty string)");
            }

            if (builder.HasNode(GraphSchema.NodeId(primary, keyText)))
            {
                throw Error(source, n.Line, $"{primary} node '{keyText}' appears twice");
            }

            if (!idMap.TryAdd(n.FileId, builder.AddNode(primary, PropertyMap.From(n.Properties!))))
            {
                throw Error(source, n.Line, $"node id '{n.FileId}' is used twice");
            }
        }

        var seen = new HashSet<(string, string, string)>();
        foreach (var e in edges)
        {
            if (string.IsNullOrEmpty(e.Type))
            {
                throw Error(source, e.Line, $"edge {e.Source} -> {e.Target} has no type (expected label=\"TYPE\")");
            }

            if (!GraphSchema.Relationships.Any(r => r.Type == e.Type))
            {
                throw Error(source, e.Line, $"edge {e.Source} -> {e.Target} has type '{e.Type}', which is not in the graph schema");
            }

            if (!idMap.TryGetValue(e.Source, out var from))
            {
                throw Error(source, e.Line, $"{e.Type} edge starts at node '{e.Source}', which is not in the file");
            }

            if (!idMap.TryGetValue(e.Target, out var to))
            {
                throw Error(source, e.Line, $"{e.Type} edge ends at node '{e.Target}', which is not in the file");
            }

            if (!seen.Add((e.Type, from, to)))
            {
                throw Error(source, e.Line, $"{e.Type} edge {from} -> {to} appears twice");
            }

            builder.AddEdge(e.Type, from, to, PropertyMap.From(e.Properties!));
        }

        return builder.ToGraph();
    }

    private static object Parse(Key key, string text, string source, int line)
    {
        try
        {
            if (key.ListType is not null)
            {
                using var doc = JsonDocument.Parse(text);
                if (doc.RootElement.ValueKind != JsonValueKind.Array)
                {
                    throw new FormatException("not a JSON array");
                }

                return doc.RootElement.EnumerateArray()
                    .Select(item => item.ValueKind == JsonValueKind.String ? item.GetString()! : item.GetRawText())
                    .ToImmutableArray();
            }

            return key.Type.Trim().ToLowerInvariant() switch
            {
                "boolean" => bool.Parse(text.Trim()),
                "int" or "long" => long.Parse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture),
                "float" or "double" => double.Parse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture),
                "string" => text,
                var other => throw new FormatException($"unknown attr.type '{other}'"),
            };
        }
        catch (Exception e) when (e is FormatException or JsonException or OverflowException)
        {
            throw new ExportException($"{source}, line {line}: value '{Shorten(text)}' of '{key.Name}' does not fit its declared type ({key.Type}{(key.ListType is null ? string.Empty : " list")}): {e.Message}", e);
        }
    }

    private static string Required(XmlReader xml, string attribute, string source) =>
        xml.GetAttribute(attribute) ?? throw Error(source, Line(xml), $"<{xml.LocalName}> lacks its '{attribute}' attribute");

    private static int Line(XmlReader xml) => xml is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "...";

    private static ExportException Error(string source, int line, string what) =>
        new($"{source}, line {line}: {what}. Fix the file or re-export it with 'graph build'.");
}
