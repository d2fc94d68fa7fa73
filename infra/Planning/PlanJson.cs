using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Lab.Infra.Planning;

/// <summary>
/// The plan file of `lab plan`: {"resources": [{type, name, parent, dependsOn, inputs}], "outputs": {...}},
/// inputs by wire name, dependsOn as [{type, name}]. `lab review` and the policy pack read it.
/// </summary>
public static class PlanJson
{
    public static string Serialize(StackPlan plan, string? repositoryRoot = null)
    {
        var resources = new JsonArray();
        foreach (var resource in plan.Resources)
        {
            resources.Add(new JsonObject
            {
                ["type"] = resource.Type,
                ["name"] = resource.Name,
                ["parent"] = resource.Parent,
                ["dependsOn"] = new JsonArray(resource.DependsOn.Select(d => (JsonNode)new JsonObject { ["type"] = d.Type, ["name"] = d.Name }).ToArray()),
                ["inputs"] = ToNode(resource.Inputs, repositoryRoot),
            });
        }
        var document = new JsonObject { ["resources"] = resources, ["outputs"] = ToNode(plan.Outputs, repositoryRoot) };
        return document.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private static JsonNode? ToNode(object? value, string? root) => value switch
    {
        null => null,
        string s => JsonValue.Create(s),
        bool b => JsonValue.Create(b),
        double d => d == Math.Floor(d) && Math.Abs(d) < 1e15 ? JsonValue.Create((long)d) : JsonValue.Create(d),
        int or long or decimal or float => JsonValue.Create(Convert.ToDouble(value)),
        Pulumi.Archive archive => ArchiveNode(archive, root),
        IDictionary dictionary => DictionaryNode(dictionary, root),
        IEnumerable list => new JsonArray(list.Cast<object?>().Select(item => ToNode(item, root)).ToArray()),
        _ => JsonValue.Create(value.ToString()),
    };

    private static JsonObject DictionaryNode(IDictionary dictionary, string? root)
    {
        var node = new JsonObject();
        foreach (var key in dictionary.Keys.Cast<object>().Select(k => k.ToString()!).OrderBy(k => k, StringComparer.Ordinal))
            node[key] = ToNode(dictionary[key], root);
        return node;
    }

    // Pulumi keeps an archive's path internal; the plan shows it relative to the repository so that
    // plans from two checkouts compare equal.
    private static JsonObject ArchiveNode(Pulumi.Archive archive, string? root)
    {
        const BindingFlags any = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;
        var type = archive.GetType();
        var path = (type.GetField("Value", any)?.GetValue(archive) ?? type.GetProperty("Value", any)?.GetValue(archive)) as string;
        if (path is not null && root is not null && Path.IsPathRooted(path))
            path = Path.GetRelativePath(root, path).Replace('\\', '/');
        return new JsonObject { ["archive"] = type.Name, ["path"] = path };
    }
}
