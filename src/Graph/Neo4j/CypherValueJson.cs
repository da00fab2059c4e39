using System.Collections;
using System.Collections.Immutable;
using System.Text.Json;

namespace Graph.Neo4j;

/// <summary>Writes parameter values (string, long, double, bool, lists, string-keyed maps, null) as JSON.</summary>
internal static class CypherValueJson
{
    public static void Write(Utf8JsonWriter w, object? value)
    {
        switch (value)
        {
            case null:
                w.WriteNullValue();
                break;
            case string s:
                w.WriteStringValue(s);
                break;
            case bool b:
                w.WriteBooleanValue(b);
                break;
            case long l:
                w.WriteNumberValue(l);
                break;
            case int i:
                w.WriteNumberValue(i);
                break;
            case double d when double.IsFinite(d):
                w.WriteNumberValue(d);
                break;
            case double d:
                throw new ArgumentException($"Cannot send the non-finite number {d} to Neo4j as JSON.");
            case ImmutableArray<string> a:
                w.WriteStartArray();
                foreach (var x in a)
                {
                    w.WriteStringValue(x);
                }

                w.WriteEndArray();
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                w.WriteStartObject();
                foreach (var (k, v) in map)
                {
                    w.WritePropertyName(k);
                    Write(w, v);
                }

                w.WriteEndObject();
                break;
            case IEnumerable list:
                w.WriteStartArray();
                foreach (var x in list)
                {
                    Write(w, x);
                }

                w.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"Unsupported parameter value type {value.GetType().Name}.");
        }
    }
}
