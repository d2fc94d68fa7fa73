using Lab.Infra.Configuration;
using Lab.Infra.Planning;

namespace Lab.Cli;

/// <summary>
/// The stack config a verb runs with (Pulumi.&lt;stack&gt;.yaml), read and validated before any work starts: a missing
/// file, bad YAML, a secret, an unknown key or a bad value is a usage error (exit 2) saying which key, value or file.
/// </summary>
public static class StackConfigArgument
{
    public static Dictionary<string, string> Load(string root, string stackName)
    {
        var path = StackConfigFile.PathFor(root, stackName);
        if (!File.Exists(path)) throw new UsageException($"no config for stack '{stackName}': {path} does not exist.");
        Dictionary<string, string> config;
        try
        {
            config = new Dictionary<string, string>(StackConfigFile.Read(path));
        }
        catch (InvalidDataException error)
        {
            throw new UsageException(error.Message);
        }
        try
        {
            LabConfig.CheckKeys(config.Where(pair => !pair.Key.Contains(':')).ToDictionary());
            LabConfig.Read(key => config.GetValueOrDefault(key), stackName);
        }
        catch (LabConfigException error)
        {
            throw new UsageException($"{path}: {error.Message}");
        }
        return config;
    }
}
