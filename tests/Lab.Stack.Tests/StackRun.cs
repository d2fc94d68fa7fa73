using System.Text.Json;
using Lab.Infra.Planning;

namespace Lab.Stack.Tests;

/// <summary>Evaluates the real stack program under the plan mocks with the given config.</summary>
internal static class StackRun
{
    private static readonly string PublishDirectory = Directory.CreateTempSubdirectory("lab-publish-").FullName;

    public static Task<StackPlan> EvaluateAsync(string stack = "dev", params (string Key, string Value)[] config) =>
        StackEvaluator.EvaluateAsync(stack, config.ToDictionary(c => c.Key, c => c.Value), PublishDirectory);

    public static Task<StackPlan> GameScoresAsync(string student = "alice") =>
        EvaluateAsync(student, ("labs", "[\"gameScores\"]"));

    /// <summary>A resource's policy input parsed as an IAM document.</summary>
    public static JsonElement PolicyDocument(PlannedResource rolePolicy) =>
        JsonDocument.Parse((string)rolePolicy.Inputs["policy"]).RootElement;

    public static IReadOnlyList<(string Sid, string[] Actions, string[] Resources)> Statements(PlannedResource rolePolicy) =>
        PolicyDocument(rolePolicy).GetProperty("Statement").EnumerateArray().Select(s => (
            s.GetProperty("Sid").GetString()!,
            s.GetProperty("Action").EnumerateArray().Select(a => a.GetString()!).ToArray(),
            s.GetProperty("Resource").EnumerateArray().Select(r => r.GetString()!).ToArray())).ToList();

    public static string Str(this PlannedResource resource, string key) =>
        resource.Inputs.TryGetValue(key, out var value) ? (string)value : throw new KeyNotFoundException($"{resource.Type}::{resource.Name} has no input '{key}'");

    public static double Num(this PlannedResource resource, string key) => Convert.ToDouble(resource.Inputs[key]);

    public static IReadOnlyDictionary<string, object> Map(this PlannedResource resource, string key) =>
        (IReadOnlyDictionary<string, object>)resource.Inputs[key];

    public static IReadOnlyList<object> List(this PlannedResource resource, string key) =>
        ((System.Collections.IEnumerable)resource.Inputs[key]).Cast<object>().ToList();
}
