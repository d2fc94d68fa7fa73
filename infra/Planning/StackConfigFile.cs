using System.Text.Json;
using Lab.Infra.Configuration;
using YamlDotNet.RepresentationModel;

namespace Lab.Infra.Planning;

/// <summary>
/// Reads Pulumi.&lt;stack&gt;.yaml the way the Pulumi CLI hands config to a program: this project's
/// keys without their "dynamodb-labs:" prefix, other namespaces ("aws:region") as written, lists and
/// maps as JSON text.
/// </summary>
public static class StackConfigFile
{
    /// <summary>Where the Pulumi CLI keeps a stack's config: Pulumi.&lt;stack&gt;.yaml beside Pulumi.yaml.</summary>
    public static string PathFor(string repositoryRoot, string stackName) => Path.Combine(repositoryRoot, $"Pulumi.{stackName}.yaml");

    public static IReadOnlyDictionary<string, string> Read(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"Stack config file '{path}' does not exist.", path);
        var yaml = new YamlStream();
        try
        {
            using var reader = new StreamReader(path);
            yaml.Load(reader);
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new InvalidDataException($"{path}:{e.Start.Line}: not valid YAML: {e.Message}", e);
        }
        var result = new Dictionary<string, string>();
        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode root) return result;
        if (!root.Children.TryGetValue(new YamlScalarNode("config"), out var configNode)) return result;
        if (configNode is not YamlMappingNode config)
            throw new InvalidDataException($"{path}: 'config' must be a mapping of keys to values.");

        var prefix = LabConfig.Project + ":";
        foreach (var (keyNode, valueNode) in config.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value ?? "";
            if (valueNode is YamlMappingNode { Children.Count: > 0 } secure && secure.Children.ContainsKey(new YamlScalarNode("secure")))
                throw new InvalidDataException($"{path}: '{key}' is a secret; offline evaluation cannot decrypt it.");
            result[key.StartsWith(prefix, StringComparison.Ordinal) ? key[prefix.Length..] : key] = Text(valueNode);
        }
        return result;
    }

    private static string Text(YamlNode node) => node switch
    {
        YamlScalarNode scalar => scalar.Value ?? "",
        _ => JsonSerializer.Serialize(ToPlain(node)),
    };

    private static object? ToPlain(YamlNode node) => node switch
    {
        YamlScalarNode scalar => scalar.Value,
        YamlSequenceNode sequence => sequence.Children.Select(ToPlain).ToList(),
        YamlMappingNode mapping => mapping.Children.ToDictionary(c => ((YamlScalarNode)c.Key).Value ?? "", c => ToPlain(c.Value)),
        _ => null,
    };
}
