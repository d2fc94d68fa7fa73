using System.Text.Json;

namespace Lab.Local;

/// <summary>
/// The stack outputs contract (README, "Stack outputs") read back: physical names by each lab's own
/// names. Built from `pulumi stack output --json` for a deployed stack, or from a local run's plan.
/// </summary>
public sealed class StackOutputs
{
    private readonly JsonElement _root;
    private readonly string _source;

    private StackOutputs(JsonElement root, string source)
    {
        _root = root;
        _source = source;
    }

    public static StackOutputs Parse(string json, string source)
    {
        try
        {
            var root = JsonDocument.Parse(json).RootElement;
            return root.ValueKind == JsonValueKind.Object
                ? new StackOutputs(root, source)
                : throw new FormatException($"{source}: expected a JSON object of stack outputs, found {root.ValueKind}.");
        }
        catch (JsonException e)
        {
            throw new FormatException($"{source} is not JSON (line {e.LineNumber + 1}): {e.Message}", e);
        }
    }

    public static StackOutputs FromPlan(IReadOnlyDictionary<string, object?> outputs) =>
        Parse(JsonSerializer.Serialize(outputs), "the local run's stack outputs");

    public string Json => _root.GetRawText();
    public string? Student => _root.TryGetProperty("student", out var s) ? s.GetString() : null;

    public bool HasLab(string lab) => _root.TryGetProperty(lab, out var value) && value.ValueKind == JsonValueKind.Object;

    public string? Region => _root.TryGetProperty("region", out var r) ? r.GetString() : null;

    public string TableName(string lab, string table) => Get(lab, "tables", table, "name");
    public string TableArn(string lab, string table) => Get(lab, "tables", table, "arn");
    public string StreamName(string lab, string stream) => Get(lab, "streams", stream, "name");
    public string StreamArn(string lab, string stream) => Get(lab, "streams", stream, "arn");
    public string FunctionName(string lab, string function) => Get(lab, "functions", function, "name");
    public string FunctionArn(string lab, string function) => Get(lab, "functions", function, "arn");

    /// <summary>The lab's functions: their own names (LABS.md) and physical names; empty when the lab is not deployed.</summary>
    public IReadOnlyList<(string Function, string Name)> Functions(string lab) =>
        _root.TryGetProperty(lab, out var labNode) && labNode.ValueKind == JsonValueKind.Object
        && labNode.TryGetProperty("functions", out var functions) && functions.ValueKind == JsonValueKind.Object
            ? functions.EnumerateObject()
                .Where(f => f.Value.ValueKind == JsonValueKind.Object && f.Value.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String)
                .Select(f => (f.Name, f.Value.GetProperty("name").GetString()!)).ToList()
            : [];

    /// <summary>A lab-specific output beside tables/streams/functions (e.g. eventDriven's "stage"), or null.</summary>
    public string? Extra(string lab, string key) =>
        _root.TryGetProperty(lab, out var labNode) && labNode.ValueKind == JsonValueKind.Object
        && labNode.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private string Get(params string[] path)
    {
        var node = _root;
        foreach (var step in path)
        {
            if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(step, out node))
                throw new KeyNotFoundException($"{_source} has no '{string.Join(".", path)}' (is the '{path[0]}' lab deployed?).");
        }
        return node.GetString() ?? throw new KeyNotFoundException($"{_source}: '{string.Join(".", path)}' is not a string.");
    }
}
