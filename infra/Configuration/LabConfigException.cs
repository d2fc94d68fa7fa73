namespace Lab.Infra.Configuration;

/// <summary>A config value that cannot be used; the message names the key, the value and what is allowed.</summary>
public sealed class LabConfigException : Exception
{
    public LabConfigException(string key, string? value, string allowed)
        : base($"Invalid config '{LabConfig.Project}:{key}' = '{value ?? "(unset)"}': {allowed}.")
    {
        Key = key;
    }

    public string Key { get; }
}
