using System.Collections;
using System.Text.Json;

namespace Lab.Local;

/// <summary>
/// Reads Pulumi wire values. Mocks hand over ImmutableDictionary/ImmutableArray with doubles for numbers;
/// a plan file read back from JSON hands over JsonElement. Both shapes are accepted here, once.
/// </summary>
internal sealed class WireValue(string table, IReadOnlyDictionary<string, object?> values, string path = "")
{
    private string Where(string key) => $"table '{table}': input '{path}{key}'";

    public bool Has(string key) => values.TryGetValue(key, out var v) && Normalize(v) is not null;

    public string RequiredString(string key) =>
        OptionalString(key) ?? throw new TableInputException($"{Where(key)} is missing; expected a non-empty string.");

    public string? OptionalString(string key)
    {
        var value = Get(key);
        return value switch
        {
            null => null,
            string s when s.Length > 0 => s,
            _ => throw new TableInputException($"{Where(key)} is {Describe(value)}; expected a non-empty string."),
        };
    }

    public bool OptionalBool(string key, bool fallback)
    {
        var value = Get(key);
        return value switch
        {
            null => fallback,
            bool b => b,
            _ => throw new TableInputException($"{Where(key)} is {Describe(value)}; expected true or false."),
        };
    }

    /// <summary>Capacity units: a positive whole number (mocks deliver doubles).</summary>
    public long? OptionalPositiveWhole(string key)
    {
        var value = Get(key);
        if (value is null) return null;
        if (value is double d && d >= 1 && d == Math.Floor(d) && d <= long.MaxValue) return (long)d;
        throw new TableInputException($"{Where(key)} is {Describe(value)}; expected a positive whole number.");
    }

    public IReadOnlyList<WireValue> OptionalObjectList(string key)
    {
        var value = Get(key);
        if (value is null) return [];
        if (value is not IList list)
            throw new TableInputException($"{Where(key)} is {Describe(value)}; expected a list of objects.");
        var result = new List<WireValue>();
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is not IReadOnlyDictionary<string, object?> item)
                throw new TableInputException($"{Where(key)}[{i}] is {Describe(list[i])}; expected an object.");
            result.Add(new WireValue(table, item, $"{path}{key}[{i}]."));
        }
        return result;
    }

    public IReadOnlyList<string> OptionalStringList(string key)
    {
        var value = Get(key);
        if (value is null) return [];
        if (value is not IList list)
            throw new TableInputException($"{Where(key)} is {Describe(value)}; expected a list of strings.");
        var result = new List<string>();
        for (var i = 0; i < list.Count; i++)
            result.Add(list[i] as string is { Length: > 0 } s
                ? s
                : throw new TableInputException($"{Where(key)}[{i}] is {Describe(list[i])}; expected a non-empty string."));
        return result;
    }

    public IReadOnlyDictionary<string, string> OptionalStringMap(string key)
    {
        var value = Get(key);
        if (value is null) return new Dictionary<string, string>();
        if (value is not IReadOnlyDictionary<string, object?> map)
            throw new TableInputException($"{Where(key)} is {Describe(value)}; expected an object of strings.");
        return map.ToDictionary(
            kv => kv.Key,
            kv => kv.Value as string ?? throw new TableInputException($"{Where(key)}.{kv.Key} is {Describe(kv.Value)}; expected a string."));
    }

    public void RejectPresent(string key, string why)
    {
        if (Get(key) is { } value && !(value is IList { Count: 0 }))
            throw new TableInputException($"{Where(key)} is set, but {why}.");
    }

    private object? Get(string key) => values.TryGetValue(key, out var v) ? Normalize(v) : null;

    /// <summary>Brings every accepted shape to: null, string, double, bool, IList of normalized values, IReadOnlyDictionary.</summary>
    internal static object? Normalize(object? value) => value switch
    {
        null => null,
        JsonElement e => FromJson(e),
        string or double or bool => value,
        int i => (double)i,
        long l => (double)l,
        decimal m => (double)m,
        IReadOnlyDictionary<string, object?> map => map.ToDictionary(kv => kv.Key, kv => Normalize(kv.Value)),
        IDictionary map => map.Keys.Cast<object>().ToDictionary(k => k.ToString()!, k => Normalize(map[k])),
        IEnumerable items => items.Cast<object?>().Select(Normalize).ToList(),
        _ => value,
    };

    private static object? FromJson(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number => e.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => e.EnumerateArray().Select(FromJson).ToList(),
        _ => e.EnumerateObject().ToDictionary(p => p.Name, p => FromJson(p.Value)),
    };

    private static string Describe(object? value) => value switch
    {
        null => "missing",
        string s => $"the string \"{s}\"",
        double d => $"the number {d}",
        bool b => $"the boolean {(b ? "true" : "false")}",
        IList => "a list",
        IReadOnlyDictionary<string, object?> => "an object",
        _ => $"a {value.GetType().Name}",
    };
}
