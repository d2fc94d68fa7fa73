using System.Globalization;

namespace Lab.Functions.Shared;

/// <summary>
/// The environment variables a function reads (table names, stage, endpoints). In Lambda they come from the
/// process environment the stack sets; the in-process invoker passes its own values, which win over the process's.
/// </summary>
public sealed class FunctionSettings
{
    private readonly IReadOnlyDictionary<string, string> overrides;

    private FunctionSettings(string functionName, IReadOnlyDictionary<string, string> overrides)
    {
        FunctionName = functionName;
        this.overrides = overrides;
    }

    public string FunctionName { get; }

    public static FunctionSettings FromProcessEnvironment(string functionName) =>
        new(functionName, new Dictionary<string, string>());

    public static FunctionSettings From(string functionName, IReadOnlyDictionary<string, string> values) =>
        new(functionName, values);

    public string? Optional(string name)
    {
        if (overrides.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value))
        {
            return value;
        }
        var fromProcess = Environment.GetEnvironmentVariable(name);
        return string.IsNullOrWhiteSpace(fromProcess) ? null : fromProcess;
    }

    public string Required(string name, string meaning) =>
        Optional(name) ?? throw new InvalidOperationException(
            $"{FunctionName}: environment variable {name} is not set; it must hold {meaning}.");

    public int Integer(string name, int defaultValue, int min, int max)
    {
        var text = Optional(name);
        if (text is null)
        {
            return defaultValue;
        }
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw new InvalidOperationException(
                $"{FunctionName}: environment variable {name}='{text}' is not valid; expected a whole number from {min} to {max}.");
        }
        return value;
    }

    public bool Flag(string name, bool defaultValue)
    {
        var text = Optional(name);
        if (text is null)
        {
            return defaultValue;
        }
        return text.ToLowerInvariant() switch
        {
            "true" or "1" or "yes" => true,
            "false" or "0" or "no" => false,
            _ => throw new InvalidOperationException(
                $"{FunctionName}: environment variable {name}='{text}' is not valid; expected true or false."),
        };
    }
}
