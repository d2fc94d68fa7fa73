using System.Globalization;
using Amazon.DynamoDBv2.Model;
using Lab.Functions.Shared.Events;

namespace Lab.Functions.Shared;

/// <summary>Conversions between stream-record attribute values and the SDK's, plus typed reads with clear errors.</summary>
public static class AttributeValues
{
    public static Dictionary<string, AttributeValue> ToSdk(Dictionary<string, StreamAttributeValue> image) =>
        image.ToDictionary(pair => pair.Key, pair => ToSdk(pair.Value));

    public static AttributeValue ToSdk(StreamAttributeValue value)
    {
        if (value.S is not null) return new AttributeValue { S = value.S };
        if (value.N is not null) return new AttributeValue { N = value.N };
        if (value.B is not null) return new AttributeValue { B = new MemoryStream(Convert.FromBase64String(value.B)) };
        if (value.SS is not null) return new AttributeValue { SS = new List<string>(value.SS) };
        if (value.NS is not null) return new AttributeValue { NS = new List<string>(value.NS) };
        if (value.BS is not null) return new AttributeValue { BS = value.BS.Select(b => new MemoryStream(Convert.FromBase64String(b))).ToList() };
        if (value.M is not null) return new AttributeValue { M = ToSdk(value.M) };
        if (value.L is not null) return new AttributeValue { L = value.L.Select(ToSdk).ToList() };
        if (value.BOOL is not null) return new AttributeValue { BOOL = value.BOOL };
        if (value.NULL is not null) return new AttributeValue { NULL = value.NULL };
        throw new FormatException("attribute value has none of S, N, B, SS, NS, BS, M, L, BOOL, NULL");
    }

    public static AttributeValue Number(decimal value) => new() { N = value.ToString(CultureInfo.InvariantCulture) };

    public static AttributeValue Number(long value) => new() { N = value.ToString(CultureInfo.InvariantCulture) };

    public static AttributeValue Text(string value) => new() { S = value };

    /// <summary>Reads a string attribute; null with a reason when it is missing or not a string.</summary>
    public static string? ReadString(Dictionary<string, StreamAttributeValue> image, string name, out string? problem)
    {
        problem = null;
        if (!image.TryGetValue(name, out var value))
        {
            problem = $"attribute {name} is missing";
            return null;
        }
        if (string.IsNullOrEmpty(value.S))
        {
            problem = $"attribute {name} is not a non-empty string (S)";
            return null;
        }
        return value.S;
    }

    /// <summary>Reads a number attribute as decimal; null with a reason when missing or not numeric.</summary>
    public static decimal? ReadNumber(Dictionary<string, StreamAttributeValue> image, string name, out string? problem)
    {
        problem = null;
        if (!image.TryGetValue(name, out var value))
        {
            problem = $"attribute {name} is missing";
            return null;
        }
        var text = value.N ?? value.S;
        if (text is null || !decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            problem = text is not null && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var large) && double.IsFinite(large)
                ? $"attribute {name} ({Show(value)}) is outside what this function adds up exactly (decimal, ±7.9e28)"
                : $"attribute {name} is not numeric (got {Show(value)})";
            return null;
        }
        return number;
    }

    public static decimal ReadSdkNumber(Dictionary<string, AttributeValue>? item, string name) =>
        item is not null && item.TryGetValue(name, out var value) && value.N is not null
            ? decimal.Parse(value.N, NumberStyles.Float, CultureInfo.InvariantCulture)
            : 0m;

    private static string Show(StreamAttributeValue value) =>
        value.S is not null ? $"S \"{value.S}\"" :
        value.N is not null ? $"N \"{value.N}\"" :
        value.BOOL is not null ? $"BOOL {value.BOOL}" :
        value.NULL is not null ? "NULL" :
        value.M is not null ? "a map (M)" :
        value.L is not null ? "a list (L)" : "a non-scalar value";
}
