using System.Text.Json;

namespace Lab.Infra.Configuration;

/// <summary>
/// This project's keys as the engine hands config to the program: PULUMI_CONFIG, a JSON object of
/// "&lt;project&gt;:&lt;key&gt;" (or the older "&lt;project&gt;:config:&lt;key&gt;") to values. Pulumi's Config can only
/// look keys up, so finding a key nobody reads needs the whole object.
/// </summary>
public static class ProjectConfig
{
    public const string Variable = "PULUMI_CONFIG";

    public static IReadOnlyDictionary<string, string> FromEnvironment()
    {
        var json = Environment.GetEnvironmentVariable(Variable);
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(json)) return keys;
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Object) return keys;
        var prefix = LabConfig.Project + ":";
        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (!property.Name.StartsWith(prefix, StringComparison.Ordinal)) continue;
            var key = property.Name[prefix.Length..];
            if (key.StartsWith("config:", StringComparison.Ordinal)) key = key["config:".Length..];
            keys[key] = property.Value.ToString();
        }
        return keys;
    }
}
