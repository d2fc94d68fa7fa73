using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace Pulumi.Serialization
{
    /// <summary>Converts between JSON and the wire form for JsonElement values ([Input(json: true)] text is ProtobufJsonText's).</summary>
    internal static class JsonWire
    {
        public static object? FromJson(JsonElement element)
            => element.ValueKind switch
            {
                JsonValueKind.Undefined or JsonValueKind.Null => null,
                JsonValueKind.String => element.GetString(),
                JsonValueKind.Number => element.GetDouble(),
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                JsonValueKind.Array => element.EnumerateArray().Select(FromJson).ToImmutableArray(),
                JsonValueKind.Object => element.EnumerateObject().ToImmutableDictionary(p => p.Name, p => FromJson(p.Value)),
                _ => throw new InvalidOperationException($"Unknown {nameof(JsonElement)}.{nameof(JsonElement.ValueKind)}: {element.ValueKind}"),
            };

        public static JsonElement ToJsonElement(object? wire)
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream))
            {
                Write(writer, wire);
            }

            using var document = JsonDocument.Parse(stream.ToArray());
            return document.RootElement.Clone();
        }

        private static void Write(Utf8JsonWriter writer, object? wire)
        {
            switch (wire)
            {
                case null:
                    writer.WriteNullValue();
                    break;
                case WireSecret secret:
                    Write(writer, secret.Value);
                    break;
                case bool b:
                    writer.WriteBooleanValue(b);
                    break;
                case double d:
                    writer.WriteNumberValue(d);
                    break;
                case string s:
                    writer.WriteStringValue(s);
                    break;
                case ImmutableArray<object?> array:
                    writer.WriteStartArray();
                    foreach (var item in array)
                    {
                        Write(writer, item);
                    }

                    writer.WriteEndArray();
                    break;
                case ImmutableDictionary<string, object?> map:
                    writer.WriteStartObject();
                    foreach (var entry in map.OrderBy(e => e.Key, StringComparer.Ordinal))
                    {
                        writer.WritePropertyName(entry.Key);
                        Write(writer, entry.Value);
                    }

                    writer.WriteEndObject();
                    break;
                default:
                    throw new InvalidOperationException($"{wire.GetType().FullName} cannot be written as JSON.");
            }
        }
    }
}
