using System.Text.Json;

namespace Lab.Functions.Hosting;

/// <summary>One environment variable a function reads and the stack output it is filled from.</summary>
public sealed record OutputBinding(string Variable, string Lab, string Kind, string Resource, string Property = "name");

/// <summary>
/// Which stack output fills which environment variable, per function. The stack sets exactly these variables on
/// the deployed functions; `lab invoke --outputs` and local mode fill them from `pulumi stack output --json`
/// ({"region": ..., "&lt;lab&gt;": {"tables": {"&lt;name&gt;": {"name", "arn", "streamArn"}}, "streams": {...}}}).
/// </summary>
public static class StackOutputBindings
{
    public static IReadOnlyDictionary<string, IReadOnlyList<OutputBinding>> ByFunction { get; } = new Dictionary<string, IReadOnlyList<OutputBinding>>
    {
        ["ProcessKinesisRecords"] = Array.Empty<OutputBinding>(),
        ["AggregateScoresByUser"] = new[] { new OutputBinding("GAME_SCORES_BY_USER_TABLE", "gameScores", "tables", "GameScoresByUser") },
        ["ddbreplica_lambda"] = new[] { new OutputBinding("REPLICA_TABLE", "designPatterns", "tables", "tlog_replica") },
        ["TaTourneyStats"] = new[] { new OutputBinding("STATS_TABLE", "tourney", "tables", "TaTourneyStats") },
        ["TourneyWriter"] = new[] { new OutputBinding("TOURNEY_TABLE", "tourney", "tables", "TaTourney") },
        ["GeneratorLambda"] = new[]
        {
            new OutputBinding("STREAM_NAME", "eventDriven", "streams", "IncomingDataStream"),
            new OutputBinding("AGGREGATE_TABLE", "eventDriven", "tables", "AggregateTable"),
        },
        ["StateLambda"] = new[]
        {
            new OutputBinding("STATE_TABLE", "eventDriven", "tables", "StateTable"),
            new OutputBinding("PARAMETER_TABLE", "eventDriven", "tables", "ParameterTable"),
        },
        ["MapLambda"] = new[]
        {
            new OutputBinding("REDUCE_TABLE", "eventDriven", "tables", "ReduceTable"),
            new OutputBinding("PARAMETER_TABLE", "eventDriven", "tables", "ParameterTable"),
        },
        ["ReduceLambda"] = new[]
        {
            new OutputBinding("AGGREGATE_TABLE", "eventDriven", "tables", "AggregateTable"),
            new OutputBinding("PARAMETER_TABLE", "eventDriven", "tables", "ParameterTable"),
        },
    };

    /// <summary>The function's environment from a stack-outputs JSON document; errors name the file and the missing path.</summary>
    public static Dictionary<string, string> Resolve(string functionName, string outputsJson, string sourceName)
    {
        if (!ByFunction.TryGetValue(functionName, out var bindings))
        {
            throw new ArgumentException($"Unknown function '{functionName}'. Valid names: {string.Join(", ", ByFunction.Keys)}.");
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(outputsJson);
        }
        catch (JsonException error)
        {
            throw new FormatException($"{sourceName} is not JSON (line {error.LineNumber + 1}): {error.Message}");
        }
        using (document)
        {
            var root = document.RootElement;
            var environment = new Dictionary<string, string>();
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("region", out var region) && region.ValueKind == JsonValueKind.String)
            {
                environment["AWS_REGION"] = region.GetString()!;
            }
            foreach (var binding in bindings)
            {
                var path = $"{binding.Lab}.{binding.Kind}.{binding.Resource}.{binding.Property}";
                var value = Walk(root, binding.Lab, binding.Kind, binding.Resource, binding.Property)
                    ?? throw new FormatException($"{sourceName} has no string at {path}, needed for {functionName}'s {binding.Variable} (is the '{binding.Lab}' lab deployed?).");
                environment[binding.Variable] = value;
            }
            return environment;
        }
    }

    private static string? Walk(JsonElement element, params string[] path)
    {
        foreach (var step in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(step, out element))
            {
                return null;
            }
        }
        return element.ValueKind == JsonValueKind.String ? element.GetString() : null;
    }
}
