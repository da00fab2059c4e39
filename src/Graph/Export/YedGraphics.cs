using System.Globalization;
using System.Xml;
using Graph.Model;

namespace Graph.Export;

/// <summary>
/// The yFiles GraphML extension the yEd profile adds: a <c>nodegraphics</c> and an <c>edgegraphics</c> key, a
/// <c>y:ShapeNode</c> per node (grid position, fill colour and shape of its primary label, its display name as
/// <c>y:NodeLabel</c>) and a <c>y:PolyLineEdge</c> per edge (arrow to the target, the type as <c>y:EdgeLabel</c>).
/// Colours and shapes are fixed per label, positions depend only on the node's index: same graph, same bytes.
/// </summary>
internal static class YedGraphics
{
    /// <summary>Fill colour and yEd shape type of each node label.</summary>
    public static readonly IReadOnlyDictionary<string, (string Fill, string Shape)> Styles = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        [NodeLabels.Article] = ("#CFD8DC", "rectangle"),
        [NodeLabels.Person] = ("#FFCC80", "ellipse"),
        [NodeLabels.Company] = ("#90CAF9", "roundrectangle"),
        [NodeLabels.Organization] = ("#A5D6A7", "roundrectangle"),
        [NodeLabels.Technology] = ("#CE93D8", "hexagon"),
        [NodeLabels.Industry] = ("#FFF59D", "parallelogram"),
        [NodeLabels.Location] = ("#80CBC4", "trapezoid"),
        [NodeLabels.Event] = ("#EF9A9A", "octagon"),
    };

    private const string Fallback = "#FFFFFF";

    public static void WriteKeys(XmlWriter xml)
    {
        foreach (var (id, forWhat, type) in new[] { (GraphMl.NodeGraphicsKey, "node", "nodegraphics"), (GraphMl.EdgeGraphicsKey, "edge", "edgegraphics") })
        {
            xml.WriteStartElement("key");
            xml.WriteAttributeString("id", id);
            xml.WriteAttributeString("for", forWhat);
            xml.WriteAttributeString("yfiles.type", type);
            xml.WriteEndElement();
        }
    }

    public static void WriteNode(XmlWriter xml, string label, string text, Box box)
    {
        var (fill, shape) = Styles.TryGetValue(label, out var style) ? style : (Fallback, "rectangle");
        xml.WriteStartElement("data");
        xml.WriteAttributeString("key", GraphMl.NodeGraphicsKey);
        xml.WriteStartElement("y", "ShapeNode", GraphMl.YNamespace);
        Element(xml, "Geometry", null, ("height", Number(box.Height)), ("width", Number(box.Width)), ("x", Number(box.X)), ("y", Number(box.Y)));
        Element(xml, "Fill", null, ("color", fill), ("transparent", "false"));
        Element(xml, "BorderStyle", null, ("color", "#000000"), ("type", "line"), ("width", "1.0"));
        Element(xml, "NodeLabel", text, ("alignment", "center"), ("autoSizePolicy", "content"), ("fontSize", "12"), ("modelName", "internal"),
            ("modelPosition", "c"), ("textColor", "#000000"), ("visible", "true"));
        Element(xml, "Shape", null, ("type", shape));
        xml.WriteEndElement(); // ShapeNode
        xml.WriteEndElement(); // data
    }

    public static void WriteEdge(XmlWriter xml, string type)
    {
        xml.WriteStartElement("data");
        xml.WriteAttributeString("key", GraphMl.EdgeGraphicsKey);
        xml.WriteStartElement("y", "PolyLineEdge", GraphMl.YNamespace);
        Element(xml, "LineStyle", null, ("color", "#000000"), ("type", "line"), ("width", "1.0"));
        Element(xml, "Arrows", null, ("source", "none"), ("target", "standard"));
        Element(xml, "EdgeLabel", type, ("alignment", "center"), ("fontSize", "10"), ("textColor", "#000000"), ("visible", "true"));
        Element(xml, "BendStyle", null, ("smoothed", "false"));
        xml.WriteEndElement(); // PolyLineEdge
        xml.WriteEndElement(); // data
    }

    /// <summary>One yFiles element with its attributes in order and optional text.</summary>
    private static void Element(XmlWriter xml, string name, string? text, params (string Name, string Value)[] attributes)
    {
        xml.WriteStartElement("y", name, GraphMl.YNamespace);
        foreach (var (n, v) in attributes)
        {
            xml.WriteAttributeString(n, v);
        }

        if (text is not null)
        {
            xml.WriteString(text);
        }

        xml.WriteEndElement();
    }

    private static string Number(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>A node's place and size in yEd's coordinates.</summary>
    public readonly record struct Box(double X, double Y, double Width, double Height);

    /// <summary>Places nodes on a square grid in graph order (labels are grouped, as the graph sorts by label).</summary>
    public sealed class Grid(int count)
    {
        private const double CellWidth = 220;
        private const double CellHeight = 90;
        private readonly int _columns = Math.Max(1, (int)Math.Ceiling(Math.Sqrt(count)));

        public Box At(int index) => new(index % _columns * CellWidth, index / _columns * CellHeight, 180, 50);
    }
}
