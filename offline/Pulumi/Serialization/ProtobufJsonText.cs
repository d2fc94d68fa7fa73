using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Pulumi.Serialization
{
    /// <summary>
    /// The text an [Input(json: true)] value travels as. The real SDK (Resources/InputArgs.cs, v3.90.0) turns the value
    /// into a protobuf Value and formats it with Google.Protobuf's JsonFormatter.Default (Pulumi.Protobuf 3.27.3), so
    /// this writes that formatter's layout: "{ "k": v, ... }" and "[ a, b ]" with a space inside the brackets, "{ }"
    /// and "[ ]" when empty, numbers as doubles in round-trip form ("3", "0.5", "1E+16"), strings escaped its way
    /// ('&lt;' and '&gt;' as \u003c and \u003e, surrogate pairs in \u form, other non-ASCII written as is), and map keys in
    /// the order the SDK's Serializer.CreateStruct adds them (the default, culture-sensitive string order).
    /// A secret or unknown nested inside the value is written as the SDK does when it serializes without keeping
    /// output values: the secret signature object and the unknown sentinel string.
    /// </summary>
    internal static class ProtobufJsonText
    {
        public const string SecretSignatureKey = "4dabf18193072939515e22adb298388d";
        public const string SecretSignatureValue = "1b47061264138c4ac30d75fd1eb44270";
        public const string UnknownValue = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
        private const string Hex = "0123456789abcdef";

        public static string Format(object? wire)
        {
            var builder = new StringBuilder();
            Write(builder, wire);
            return builder.ToString();
        }

        private static void Write(StringBuilder builder, object? wire)
        {
            switch (wire)
            {
                case null:
                    builder.Append("null");
                    break;
                case WireUnknown:
                    WriteString(builder, UnknownValue);
                    break;
                case WireSecret secret:
                    Write(builder, ImmutableDictionary<string, object?>.Empty
                        .Add(SecretSignatureKey, SecretSignatureValue)
                        .Add("value", secret.Value));
                    break;
                case bool b:
                    builder.Append(b ? "true" : "false");
                    break;
                case double d:
                    var text = d.ToString("r", CultureInfo.InvariantCulture);
                    if (text is "NaN" or "Infinity" or "-Infinity")
                    {
                        WriteString(builder, text);
                    }
                    else
                    {
                        builder.Append(text);
                    }

                    break;
                case string s:
                    WriteString(builder, s);
                    break;
                case ImmutableArray<object?> array:
                    builder.Append("[ ");
                    builder.AppendJoin(", ", array.Select(Format));
                    builder.Append(array.IsEmpty ? "]" : " ]");
                    break;
                case ImmutableDictionary<string, object?> map:
                    builder.Append("{ ");
                    builder.AppendJoin(", ", map.Keys.OrderBy(key => key).Select(key =>
                    {
                        var entry = new StringBuilder();
                        WriteString(entry, key);
                        entry.Append(": ");
                        Write(entry, map[key]);
                        return entry.ToString();
                    }));
                    builder.Append(map.IsEmpty ? "}" : " }");
                    break;
                default:
                    throw new InvalidOperationException($"{wire.GetType().FullName} cannot be written as JSON.");
            }
        }

        private static void WriteString(StringBuilder builder, string text)
        {
            builder.Append('"');
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c < 0xa0)
                {
                    builder.Append(c switch
                    {
                        '"' => "\\\"",
                        '\\' => "\\\\",
                        '\b' => "\\b",
                        '\t' => "\\t",
                        '\n' => "\\n",
                        '\f' => "\\f",
                        '\r' => "\\r",
                        '<' => "\\u003c",
                        '>' => "\\u003e",
                        _ when c < 0x20 || c >= 0x7f => Escaped(c),
                        _ => c.ToString(),
                    });
                }
                else if (char.IsHighSurrogate(c))
                {
                    if (++i == text.Length || !char.IsLowSurrogate(text[i]))
                    {
                        throw new ArgumentException("String contains low surrogate not followed by high surrogate");
                    }

                    builder.Append(Escaped(c)).Append(Escaped(text[i]));
                }
                else if (char.IsLowSurrogate(c))
                {
                    throw new ArgumentException("String contains high surrogate not preceded by low surrogate");
                }
                else if (c is '\u00ad' or '\u06dd' or '\u070f' or '\u17b4' or '\u17b5' or '\ufeff' or '\ufff9' or '\ufffa' or '\ufffb'
                         || c is >= '\u0600' and <= '\u0603' || c is >= '\u200b' and <= '\u200f' || c is >= '\u2028' and <= '\u202e'
                         || c is >= '\u2060' and <= '\u2064' || c is >= '\u206a' and <= '\u206f')
                {
                    builder.Append(Escaped(c));
                }
                else
                {
                    builder.Append(c);
                }
            }

            builder.Append('"');
        }

        private static string Escaped(char c)
            => new string(new[] { '\\', 'u', Hex[(c >> 12) & 0xf], Hex[(c >> 8) & 0xf], Hex[(c >> 4) & 0xf], Hex[c & 0xf] });
    }
}
