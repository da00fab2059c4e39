using System.Globalization;
using System.Xml;

namespace Graph.View;

/// <summary>
/// Writes a <see cref="GraphView"/> as a static SVG for reports: the same layout as the HTML view
/// (<see cref="ViewLayout"/>), one <c>&lt;circle&gt;</c> per node coloured by label and sized by degree (or PageRank),
/// a <c>&lt;title&gt;</c> tooltip and a text label per node, one <c>&lt;line&gt;</c> per edge with width by article
/// count, and a legend. Deterministic: the same view gives the same bytes.
/// </summary>
public sealed class SvgViewWriter(ViewSize size = ViewSize.Degree)
{
    private const double Margin = 40;
    private const double LegendHeight = 24;

    public void Write(GraphView view, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(output);
        var positions = ViewLayout.Compute(view);
        var sizes = ViewStyle.Sizes(view, size);
        var minX = positions.Select((p, i) => p.X - sizes[i]).DefaultIfEmpty(0).Min() - Margin;
        var minY = positions.Select((p, i) => p.Y - sizes[i]).DefaultIfEmpty(0).Min() - Margin - LegendHeight;
        var maxX = positions.Select((p, i) => p.X + sizes[i]).DefaultIfEmpty(0).Max() + Margin;
        var maxY = positions.Select((p, i) => p.Y + sizes[i]).DefaultIfEmpty(0).Max() + Margin;
        var width = Math.Max(maxX - minX, 300);
        var height = maxY - minY;
        var index = view.Nodes.Select((n, i) => (n.Id, i)).ToDictionary(t => t.Id, t => t.i, StringComparer.Ordinal);

        output.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", NewLineChars = "\n", OmitXmlDeclaration = true, CheckCharacters = false };
        using (var xml = XmlWriter.Create(output, settings))
        {
            xml.WriteStartElement("svg", "http://www.w3.org/2000/svg");
            xml.WriteAttributeString("viewBox", $"{F(minX)} {F(minY)} {F(width)} {F(height)}");
            xml.WriteAttributeString("width", F(width));
            xml.WriteAttributeString("height", F(height));
            xml.WriteAttributeString("font-family", "Noto Sans CJK SC, WenQuanYi Micro Hei, sans-serif");
            xml.WriteElementString("title", "Graph view: " + ViewOptions.ScopeName(view.Options.Scope));
            xml.WriteStartElement("rect");
            Attrs(xml, ("x", F(minX)), ("y", F(minY)), ("width", F(width)), ("height", F(height)), ("fill", "#ffffff"));
            xml.WriteEndElement();

            xml.WriteStartElement("g");
            xml.WriteAttributeString("class", "legend");
            var lx = minX + 10;
            foreach (var label in view.PresentLabels)
            {
                xml.WriteStartElement("rect");
                Attrs(xml, ("x", F(lx)), ("y", F(minY + 8)), ("width", "10"), ("height", "10"), ("fill", ViewStyle.ColorOf(label)));
                xml.WriteEndElement();
                var text = $"{label} ({view.Nodes.Count(n => n.Label == label)})";
                xml.WriteStartElement("text");
                Attrs(xml, ("x", F(lx + 14)), ("y", F(minY + 17)), ("font-size", "11"));
                xml.WriteString(text);
                xml.WriteEndElement();
                lx += 30 + 7 * text.Length;
            }

            xml.WriteEndElement();

            xml.WriteStartElement("g");
            Attrs(xml, ("class", "edges"), ("stroke", "#b9b9b9"), ("stroke-opacity", "0.8"));
            foreach (var e in view.Edges)
            {
                var a = positions[index[e.Source]];
                var b = positions[index[e.Target]];
                xml.WriteStartElement("line");
                Attrs(xml, ("x1", F(a.X)), ("y1", F(a.Y)), ("x2", F(b.X)), ("y2", F(b.Y)), ("stroke-width", F(ViewStyle.EdgeWidth(e))), ("data-type", e.Type));
                xml.WriteElementString("title", $"{e.Type}: {e.Articles.Length} article(s)");
                xml.WriteEndElement();
            }

            xml.WriteEndElement();

            xml.WriteStartElement("g");
            xml.WriteAttributeString("class", "nodes");
            for (var i = 0; i < view.Nodes.Length; i++)
            {
                var n = view.Nodes[i];
                var p = positions[i];
                xml.WriteStartElement("circle");
                Attrs(xml, ("cx", F(p.X)), ("cy", F(p.Y)), ("r", F(sizes[i] / 2)), ("fill", ViewStyle.ColorOf(n.Label)), ("stroke", "#ffffff"), ("data-id", XmlChars(n.Id)));
                xml.WriteElementString("title", XmlChars($"{n.Name} ({n.Label}, degree {n.Degree})"));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();

            xml.WriteStartElement("g");
            Attrs(xml, ("class", "labels"), ("font-size", "10"), ("text-anchor", "middle"), ("fill", "#222222"));
            for (var i = 0; i < view.Nodes.Length; i++)
            {
                xml.WriteStartElement("text");
                Attrs(xml, ("x", F(positions[i].X)), ("y", F(positions[i].Y + sizes[i] / 2 + 11)));
                xml.WriteString(XmlChars(view.Nodes[i].Name));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        output.Write('\n');
        output.Flush();
    }

    public string WriteToString(GraphView view)
    {
        using var sw = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(view, sw);
        return sw.ToString();
    }

    private static void Attrs(XmlWriter xml, params (string Name, string Value)[] attributes)
    {
        foreach (var (name, value) in attributes)
        {
            xml.WriteAttributeString(name, value);
        }
    }

    private static string F(double v) => Math.Round(v, 1).ToString("0.#", CultureInfo.InvariantCulture);

    private static string XmlChars(string s) => Graph.Export.XmlChars.Clean(s);
}
