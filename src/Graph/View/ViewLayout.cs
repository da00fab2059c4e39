using System.Collections.Immutable;

namespace Graph.View;

/// <summary>A node position in view coordinates (origin at the centre).</summary>
public readonly record struct Point(double X, double Y);

/// <summary>
/// A deterministic force layout (Fruchterman–Reingold with gravity), computed in C# so the HTML (Cytoscape
/// <c>preset</c>) and the SVG show the same picture and the same graph always gives the same coordinates:
/// nodes start on a golden-angle spiral in view order, no randomness, a fixed number of cooling steps.
/// Coordinates are rounded to 0.1 so that the output bytes do not depend on the last bits of a double.
/// </summary>
public static class ViewLayout
{
    /// <summary>Ideal edge length in view units.</summary>
    public const double Spacing = 60;

    /// <summary>Pull toward the centre per unit of distance; keeps small components near the big one.</summary>
    private const double Gravity = 0.15;

    public static ImmutableArray<Point> Compute(GraphView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var n = view.Nodes.Length;
        if (n == 0)
        {
            return [];
        }

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            index[view.Nodes[i].Id] = i;
        }

        var links = view.Edges.Select(e => (index[e.Source], index[e.Target])).ToArray();
        var x = new double[n];
        var y = new double[n];
        var golden = Math.PI * (3 - Math.Sqrt(5));
        for (var i = 0; i < n; i++)
        {
            var r = Spacing * Math.Sqrt(i + 0.5);
            x[i] = r * Math.Cos(i * golden);
            y[i] = r * Math.Sin(i * golden);
        }

        // O(n²) per step: keep the total work bounded for large views (fewer steps, still converging from the spiral).
        var steps = (int)Math.Clamp(4e7 / ((double)n * n), 20, 300);
        var k = Spacing;
        var dx = new double[n];
        var dy = new double[n];
        var temperature = Spacing * Math.Sqrt(n) / 4;
        for (var step = 0; step < steps; step++)
        {
            Array.Clear(dx);
            Array.Clear(dy);
            for (var i = 0; i < n; i++)
            {
                for (var j = i + 1; j < n; j++)
                {
                    var ddx = x[i] - x[j];
                    var ddy = y[i] - y[j];
                    var d2 = Math.Max(ddx * ddx + ddy * ddy, 0.01);
                    var f = k * k / d2;
                    dx[i] += ddx * f;
                    dy[i] += ddy * f;
                    dx[j] -= ddx * f;
                    dy[j] -= ddy * f;
                }
            }

            foreach (var (a, b) in links)
            {
                var ddx = x[a] - x[b];
                var ddy = y[a] - y[b];
                var d = Math.Max(Math.Sqrt(ddx * ddx + ddy * ddy), 0.1);
                var f = d / k;
                dx[a] -= ddx * f;
                dy[a] -= ddy * f;
                dx[b] += ddx * f;
                dy[b] += ddy * f;
            }

            for (var i = 0; i < n; i++)
            {
                // Gravity keeps separate components on screen.
                dx[i] -= x[i] * Gravity;
                dy[i] -= y[i] * Gravity;
                var len = Math.Sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
                if (len > 0)
                {
                    var move = Math.Min(len, temperature);
                    x[i] += dx[i] / len * move;
                    y[i] += dy[i] / len * move;
                }
            }

            temperature = Math.Max(temperature * 0.95, 0.5);
        }

        return [.. Enumerable.Range(0, n).Select(i => new Point(Math.Round(x[i], 1), Math.Round(y[i], 1)))];
    }
}
