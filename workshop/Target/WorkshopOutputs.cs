using System.Text.Json;
using System.Text.Json.Nodes;
using Lab.Local;

namespace Lab.Workshop.Target;

/// <summary>
/// The slice of `pulumi stack output --json` the workshop needs:
/// {"student", "region", "designPatterns": {"tables": {"tlog": {"name","arn","streamArn"}, …}, "streams": {}, "functions": {…}}}.
/// </summary>
public sealed record WorkshopOutputs(string Student, string Region, IReadOnlyDictionary<string, ProvisionedTable> Tables)
{
    public const string Lab = "designPatterns";

    public static WorkshopOutputs Read(string path)
    {
        if (!File.Exists(path)) throw new WorkshopException($"{path}: outputs file not found; expected `pulumi stack output --json` or the file `lab workshop setup --outputs-out` writes.");
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(path));
        }
        catch (JsonException e)
        {
            throw new WorkshopException($"{path}: not valid JSON ({e.Message}).");
        }
        string Text(JsonNode? node, string where) =>
            node is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0 ? s : throw new WorkshopException($"{path}: {where} is missing; expected a non-empty string.");

        var tablesNode = root?[Lab]?["tables"] as JsonObject
            ?? throw new WorkshopException($"{path}: {Lab}.tables is missing; expected the stack outputs of a stack that deploys the {Lab} lab.");
        var tables = new Dictionary<string, ProvisionedTable>();
        foreach (var (key, node) in tablesNode)
        {
            var streamArn = node?["streamArn"] is JsonValue sv && sv.TryGetValue<string>(out var sa) && sa.Length > 0 ? sa : null;
            tables[key] = new ProvisionedTable(Text(node?["name"], $"{Lab}.tables.{key}.name"), Text(node?["arn"], $"{Lab}.tables.{key}.arn"), streamArn);
        }
        return new WorkshopOutputs(Text(root?["student"], "student"), Text(root?["region"], "region"), tables);
    }

    public void Write(string path)
    {
        var tables = new JsonObject();
        foreach (var (key, t) in Tables)
            tables[key] = new JsonObject { ["name"] = t.Name, ["arn"] = t.Arn, ["streamArn"] = t.StreamArn };
        var root = new JsonObject
        {
            ["student"] = Student,
            ["region"] = Region,
            [Lab] = new JsonObject { ["tables"] = tables, ["streams"] = new JsonObject(), ["functions"] = new JsonObject() },
        };
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null) Directory.CreateDirectory(directory);
        File.WriteAllText(path, root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + Environment.NewLine);
    }

    public string TableName(string key) =>
        Tables.TryGetValue(key, out var t)
            ? t.Name
            : throw new WorkshopException($"the outputs have no table '{key}' under {Lab}.tables (they have: {string.Join(", ", Tables.Keys)}).");
}
