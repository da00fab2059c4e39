using System.Collections;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Graph.Neo4j;

/// <summary>Writes values as Cypher literals: single-quoted strings with every risky character escaped.</summary>
public static class CypherLiteral
{
    public static string String(string s)
    {
        var sb = new StringBuilder(s.Length + 2).Append('\'');
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            switch (c)
            {
                case '\\': sb.Append("\\\\"); break;
                case '\'': sb.Append("\\'"); break;
                case '"': sb.Append("\\\""); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                default:
                    var lone = char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                        && !(char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(s[i - 1]));
                    if (char.IsControl(c) || lone || c is '\u2028' or '\u2029' or '\u0085' or '\uFEFF')
                    {
                        sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.Append('\'').ToString();
    }

    public static void Write(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case null: sb.Append("null"); break;
            case string s: sb.Append(String(s)); break;
            case bool b: sb.Append(b ? "true" : "false"); break;
            case long l: sb.Append(l.ToString(CultureInfo.InvariantCulture)); break;
            case int i: sb.Append(i.ToString(CultureInfo.InvariantCulture)); break;
            case double d when double.IsFinite(d):
                var r = d.ToString("R", CultureInfo.InvariantCulture);
                sb.Append(r.Contains('.') || r.Contains('E') ? r : r + ".0");
                break;
            case double d: throw new ArgumentException($"Cannot write the non-finite number {d} as a Cypher literal.");
            case ImmutableArray<string> a:
                sb.Append('[');
                for (var i = 0; i < a.Length; i++)
                {
                    sb.Append(i == 0 ? "" : ", ").Append(String(a[i]));
                }

                sb.Append(']');
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                sb.Append('{');
                var first = true;
                foreach (var (k, v) in map)
                {
                    sb.Append(first ? "" : ", ").Append(CypherStatements.Quote(k)).Append(": ");
                    Write(sb, v);
                    first = false;
                }

                sb.Append('}');
                break;
            case IEnumerable list:
                sb.Append('[');
                var f = true;
                foreach (var x in list)
                {
                    sb.Append(f ? "" : ", ");
                    Write(sb, x);
                    f = false;
                }

                sb.Append(']');
                break;
            default: throw new ArgumentException($"Unsupported value type {value.GetType().Name}.");
        }
    }
}
