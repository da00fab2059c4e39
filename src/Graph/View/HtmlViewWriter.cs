using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Graph.View;

/// <summary>
/// Writes a <see cref="GraphView"/> as one self-contained HTML page: the Cytoscape.js library inlined (no CDN, works
/// from <c>file://</c>), the data as a JSON island (<c>&lt;script type="application/json" id="graph-data"&gt;</c>),
/// a preset layout computed by <see cref="ViewLayout"/>, a search box (name or alias), label checkboxes, a date range
/// and a side panel listing the articles (title, date, URL) behind the node or edge clicked.
/// The page exposes <c>window.cy</c> and <c>window.graphView</c> (search, show, filter) for scripting and tests.
/// The same view always gives the same bytes.
/// </summary>
public sealed class HtmlViewWriter(ViewSize size = ViewSize.Degree)
{
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    public void Write(GraphView view, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(output);
        var title = "Graph view: " + ViewOptions.ScopeName(view.Options.Scope);
        output.Write("<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n");
        output.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        output.Write($"<title>{WebUtility.HtmlEncode(title)}</title>\n<style>\n{Css}</style>\n</head>\n<body>\n");
        output.Write(Body.Replace("{{title}}", WebUtility.HtmlEncode(title), StringComparison.Ordinal));
        output.Write("<script type=\"application/json\" id=\"graph-data\">");
        output.Write(Json(view));
        output.Write("</script>\n<script>\n");
        output.Write(ViewAssets.CytoscapeHeader);
        output.Write(ViewAssets.Cytoscape);
        output.Write("\n</script>\n<script>\n");
        output.Write(Script);
        output.Write("</script>\n</body>\n</html>\n");
        output.Flush();
    }

    public string WriteToString(GraphView view)
    {
        using var sw = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(view, sw);
        return sw.ToString();
    }

    /// <summary>The JSON island; every '&lt;', '&gt;', '&amp;' is escaped, so no text can close the script element.</summary>
    internal string Json(GraphView view)
    {
        var positions = ViewLayout.Compute(view);
        var sizes = ViewStyle.Sizes(view, size);
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Encoder = Encoder }))
        {
            w.WriteStartObject();
            w.WriteString("projection", ViewOptions.ScopeName(view.Options.Scope));
            w.WriteString("sizeBy", size == ViewSize.PageRank ? "pagerank" : "degree");
            WriteStrings(w, "labels", view.PresentLabels);
            w.WriteStartObject("colors");
            foreach (var l in view.PresentLabels)
            {
                w.WriteString(l, ViewStyle.ColorOf(l));
            }

            w.WriteEndObject();
            w.WriteStartArray("nodes");
            for (var i = 0; i < view.Nodes.Length; i++)
            {
                var n = view.Nodes[i];
                w.WriteStartObject();
                w.WriteString("id", n.Id);
                w.WriteString("label", n.Label);
                WriteStrings(w, "labels", n.Labels);
                w.WriteString("name", n.Name);
                WriteStrings(w, "aliases", n.Aliases);
                w.WriteNumber("degree", n.Degree);
                if (n.PageRank is { } pr)
                {
                    w.WriteNumber("pagerank", Math.Round(pr, 6));
                }

                w.WriteNumber("size", sizes[i]);
                w.WriteNumber("x", positions[i].X);
                w.WriteNumber("y", positions[i].Y);
                WriteStrings(w, "articles", n.Articles);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("edges");
            foreach (var e in view.Edges)
            {
                w.WriteStartObject();
                w.WriteString("type", e.Type);
                w.WriteString("source", e.Source);
                w.WriteString("target", e.Target);
                w.WriteNumber("count", e.Articles.Length);
                w.WriteNumber("width", ViewStyle.EdgeWidth(e));
                WriteStrings(w, "articles", e.Articles);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartObject("articles");
            foreach (var a in view.Articles.Values)
            {
                w.WriteStartObject(a.Id);
                w.WriteString("title", a.Title);
                w.WriteString("date", a.Date);
                w.WriteString("url", a.Url);
                w.WriteEndObject();
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(ms.ToArray());
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, ImmutableArray<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    private const string Css = """
        html, body { margin: 0; height: 100%; font: 13px/1.4 system-ui, "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif; }
        body { display: grid; grid-template-columns: 1fr 340px; grid-template-rows: auto 1fr; height: 100vh; }
        header { grid-column: 1 / 3; display: flex; flex-wrap: wrap; gap: 12px; align-items: center; padding: 6px 10px; border-bottom: 1px solid #ccc; background: #fafafa; }
        header h1 { font-size: 15px; margin: 0 8px 0 0; }
        header label { white-space: nowrap; }
        .swatch { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-right: 3px; vertical-align: middle; }
        #cy { grid-column: 1; grid-row: 2; min-height: 0; }
        #panel { grid-column: 2; grid-row: 2; overflow: auto; padding: 8px 12px; border-left: 1px solid #ccc; }
        #panel h2 { font-size: 15px; margin: 4px 0; }
        #panel ol { padding-left: 20px; }
        #panel li { margin-bottom: 6px; }
        #panel .muted { overflow-wrap: anywhere; }
        .date { color: #666; margin-left: 4px; }
        .muted { color: #666; }

        """;

    private const string Body = """
        <header>
        <h1>{{title}}</h1>
        <label>Search <input id="search" type="search" placeholder="name or alias" size="22"></label>
        <span id="label-filters"></span>
        <label>From <input id="since" type="date"></label>
        <label>to <input id="until" type="date"></label>
        <span id="status" class="muted"></span>
        </header>
        <div id="cy"></div>
        <aside id="panel"><p class="muted">Click a node or an edge to see the articles it came from.</p></aside>

        """;

    /// <summary>The page logic (ES2017, no dependency but Cytoscape.js).</summary>
    private const string Script = """
        (function () {
          'use strict';
          var data = JSON.parse(document.getElementById('graph-data').textContent);
          var elements = [];
          data.nodes.forEach(function (n) {
            elements.push({ group: 'nodes', data: { id: n.id, name: n.name, label: n.label, size: n.size, color: data.colors[n.label] }, position: { x: n.x, y: n.y } });
          });
          data.edges.forEach(function (e, i) {
            elements.push({ group: 'edges', data: { id: 'e' + i, index: i, source: e.source, target: e.target, type: e.type, width: e.width } });
          });
          var cy = cytoscape({
            container: document.getElementById('cy'),
            elements: elements,
            layout: { name: 'preset', fit: true, padding: 30 },
            minZoom: 0.05,
            maxZoom: 4,
            hideEdgesOnViewport: data.edges.length > 3000,
            textureOnViewport: data.nodes.length > 3000,
            style: [
              { selector: 'node', style: { 'background-color': 'data(color)', 'width': 'data(size)', 'height': 'data(size)', 'label': 'data(name)',
                'font-size': 13, 'min-zoomed-font-size': 5, 'text-valign': 'bottom', 'text-margin-y': 2, 'color': '#222',
                'text-outline-color': '#fff', 'text-outline-width': 1 } },
              { selector: 'edge', style: { 'width': 'data(width)', 'line-color': '#b9b9b9', 'curve-style': 'bezier',
                'target-arrow-shape': 'triangle', 'target-arrow-color': '#b9b9b9', 'arrow-scale': 0.7 } },
              { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#000' } },
              { selector: 'edge:selected', style: { 'line-color': '#000', 'target-arrow-color': '#000' } },
              { selector: '.hidden', style: { 'display': 'none' } }
            ]
          });
          window.cy = cy;

          var nodeById = {};
          data.nodes.forEach(function (n) { nodeById[n.id] = n; });
          var hiddenLabels = {};
          var panel = document.getElementById('panel');
          var status = document.getElementById('status');

          function el(tag, text, cls) {
            var e = document.createElement(tag);
            if (text !== undefined && text !== null) { e.textContent = text; }
            if (cls) { e.className = cls; }
            return e;
          }

          function articleList(ids) {
            var ol = el('ol');
            ol.id = 'provenance';
            ids.forEach(function (id) {
              var a = data.articles[id] || { title: id };
              var li = el('li');
              var t;
              if (a.url && /^https?:\/\//i.test(a.url)) {
                t = el('a', a.title);
                t.href = a.url;
                t.target = '_blank';
                t.rel = 'noopener';
              } else {
                t = el('span', a.title);
              }
              t.className = 'article-title';
              li.appendChild(t);
              if (a.date) { li.appendChild(el('span', a.date, 'date')); }
              if (a.url) { li.appendChild(el('div', a.url, 'muted')); }
              ol.appendChild(li);
            });
            return ol;
          }

          function showNode(id) {
            var n = nodeById[id];
            if (!n) { return false; }
            panel.replaceChildren();
            panel.appendChild(el('h2', n.name));
            panel.appendChild(el('div', n.labels.join(' · ') + ' · degree ' + n.degree + (n.pagerank !== undefined ? ' · PageRank ' + n.pagerank : ''), 'muted'));
            if (n.aliases.length) { panel.appendChild(el('div', 'Aliases: ' + n.aliases.join(', '))); }
            panel.appendChild(el('h3', 'Articles (' + n.articles.length + ')'));
            panel.appendChild(articleList(n.articles));
            return true;
          }

          function showEdge(index) {
            var e = data.edges[index];
            panel.replaceChildren();
            panel.appendChild(el('h2', nodeById[e.source].name + ' → ' + nodeById[e.target].name));
            panel.appendChild(el('div', e.type + ' · ' + e.count + ' article(s)', 'muted'));
            panel.appendChild(el('h3', 'Articles (' + e.articles.length + ')'));
            panel.appendChild(articleList(e.articles));
          }

          cy.on('tap', 'node', function (evt) { showNode(evt.target.id()); });
          cy.on('tap', 'edge', function (evt) { showEdge(evt.target.data('index')); });

          function norm(s) { return (s || '').trim().toLowerCase(); }

          /* Selects the nodes whose name or an alias equals the query (else contains it); shows the first. */
          function search(query) {
            var q = norm(query);
            cy.elements().unselect();
            if (!q) { status.textContent = ''; return []; }
            var visible = data.nodes.filter(function (n) { return !cy.getElementById(n.id).hasClass('hidden'); });
            var exact = visible.filter(function (n) { return norm(n.name) === q || n.aliases.some(function (a) { return norm(a) === q; }); });
            var found = exact.length ? exact : visible.filter(function (n) {
              return norm(n.name).indexOf(q) >= 0 || n.aliases.some(function (a) { return norm(a).indexOf(q) >= 0; });
            });
            var ids = found.map(function (n) { return n.id; });
            var sel = cy.collection(ids.map(function (id) { return cy.getElementById(id); }));
            sel.select();
            status.textContent = ids.length + ' match(es)';
            if (ids.length) { cy.fit(sel, 120); showNode(ids[0]); }
            return ids;
          }

          function inRange(ids, since, until) {
            if (!since && !until) { return true; }
            return ids.some(function (id) {
              var d = (data.articles[id] || {}).date;
              return !!d && (!since || d >= since) && (!until || d <= until);
            });
          }

          /* Label checkboxes and the date range: an edge shows when both ends' labels are on and one of its articles is
             in range; under a range a node shows only with a shown edge. */
          function applyFilters() {
            var since = document.getElementById('since').value;
            var until = document.getElementById('until').value;
            var ranged = !!(since || until);
            cy.batch(function () {
              cy.edges().forEach(function (edge) {
                var e = data.edges[edge.data('index')];
                var show = !hiddenLabels[nodeById[e.source].label] && !hiddenLabels[nodeById[e.target].label] && inRange(e.articles, since, until);
                edge.toggleClass('hidden', !show);
              });
              cy.nodes().forEach(function (node) {
                var n = nodeById[node.id()];
                var show = !hiddenLabels[n.label] && (!ranged || node.connectedEdges().some(function (x) { return !x.hasClass('hidden'); }));
                node.toggleClass('hidden', !show);
              });
            });
            var shown = cy.nodes().filter(function (x) { return !x.hasClass('hidden'); });
            status.textContent = shown.length + ' nodes, ' + cy.edges().filter(function (x) { return !x.hasClass('hidden'); }).length + ' edges shown';
            return { nodes: shown.length, edges: cy.edges().filter(function (x) { return !x.hasClass('hidden'); }).length };
          }

          var filters = document.getElementById('label-filters');
          data.labels.forEach(function (l) {
            var count = data.nodes.filter(function (n) { return n.label === l; }).length;
            var lab = el('label');
            var box = el('input');
            box.type = 'checkbox';
            box.checked = true;
            box.dataset.label = l;
            box.addEventListener('change', function () { hiddenLabels[l] = !box.checked; applyFilters(); });
            var sw = el('span', null, 'swatch');
            sw.style.background = data.colors[l];
            lab.appendChild(box);
            lab.appendChild(sw);
            lab.appendChild(document.createTextNode(l + ' (' + count + ')'));
            filters.appendChild(lab);
            filters.appendChild(document.createTextNode(' '));
          });
          document.getElementById('since').addEventListener('change', applyFilters);
          document.getElementById('until').addEventListener('change', applyFilters);
          document.getElementById('search').addEventListener('input', function (e) { search(e.target.value); });
          status.textContent = data.nodes.length + ' nodes, ' + data.edges.length + ' edges';

          window.graphView = { data: data, search: search, showNode: showNode, showEdge: showEdge, applyFilters: applyFilters, ready: true };
        })();

        """;
}
