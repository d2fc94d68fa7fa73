using System.Collections;
using System.Collections.Immutable;
using System.Text.Json;
using Lab.Infra.Configuration;
using Lab.Infra.Packaging;
using Pulumi;
using Pulumi.Testing;
using Pulumi.Utilities;

namespace Lab.Infra.Planning;

/// <summary>
/// Runs the real stack program (LabProgram.Define) under Pulumi's mock hooks and returns what it
/// declared. Used by `lab plan`, `lab local` and the stack tests. One evaluation at a time per
/// process: the Pulumi SDK keeps one deployment per process.
/// </summary>
public static class StackEvaluator
{
    private static readonly SemaphoreSlim OneDeploymentAtATime = new(1, 1);

    /// <param name="config">Config by key, without the project prefix ("student", "labs", "aws:region" ...).</param>
    /// <param name="publishDirectory">The functions' publish directory the Function archives point at.</param>
    public static async Task<StackPlan> EvaluateAsync(
        string stackName, IReadOnlyDictionary<string, string> config, string publishDirectory, PlanMocks? mocks = null, bool isPreview = false)
    {
        mocks ??= new PlanMocks(new MockArns(config.GetValueOrDefault("aws:region") ?? "us-east-1", "123456789012"));
        await OneDeploymentAtATime.WaitAsync();
        var previousConfig = Environment.GetEnvironmentVariable("PULUMI_CONFIG");
        var previousPublish = Environment.GetEnvironmentVariable(FunctionPackage.PublishDirVariable);
        try
        {
            Environment.SetEnvironmentVariable("PULUMI_CONFIG", ConfigJson(config));
            Environment.SetEnvironmentVariable(FunctionPackage.PublishDirVariable, publishDirectory);
            var options = new TestOptions { ProjectName = LabConfig.Project, StackName = stackName, IsPreview = isPreview };
            var (resources, outputs) = await Deployment.TestAsync(mocks, options, LabProgram.Define);

            var lineage = Lineage(resources);
            var declared = mocks.Declared
                .Select(r => lineage.TryGetValue((r.Type, r.Name), out var known) ? r with { Parent = known.Parent, DependsOn = known.DependsOn } : r)
                .ToList();
            var resolved = new SortedDictionary<string, object?>(StringComparer.Ordinal);
            foreach (var (key, value) in outputs) resolved[key] = await ResolveAsync(value);
            return new StackPlan(declared, resolved);
        }
        finally
        {
            Environment.SetEnvironmentVariable("PULUMI_CONFIG", previousConfig);
            Environment.SetEnvironmentVariable(FunctionPackage.PublishDirVariable, previousPublish);
            OneDeploymentAtATime.Release();
        }
    }

    /// <summary>PULUMI_CONFIG as the engine passes it: keys "&lt;project&gt;:&lt;key&gt;", provider keys kept as given.</summary>
    public static string ConfigJson(IReadOnlyDictionary<string, string> config) =>
        JsonSerializer.Serialize(config.ToDictionary(
            pair => pair.Key.Contains(':') ? pair.Key : $"{LabConfig.Project}:{pair.Key}",
            pair => pair.Value));

    // Pulumi's mocks report neither a resource's parent nor its dependencies, so each lab component lists
    // the children it declared and what each waits for.
    private static Dictionary<(string, string), (string Parent, IReadOnlyList<(string, string)> DependsOn)> Lineage(ImmutableArray<Resource> resources)
    {
        var lineage = new Dictionary<(string, string), (string, IReadOnlyList<(string, string)>)>();
        foreach (var lab in resources.OfType<Building.LabComponent>())
        {
            foreach (var child in lab.Children)
            {
                var dependsOn = lab.DependenciesOf(child).Select(d => (d.GetResourceType(), d.GetResourceName())).ToList();
                lineage[(child.GetResourceType(), child.GetResourceName())] = (lab.Lab, dependsOn);
            }
        }
        return lineage;
    }

    private static async Task<object?> ResolveAsync(object? value)
    {
        if (value is null) return null;
        var type = value.GetType();
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Output<>))
        {
            var method = typeof(OutputUtilities).GetMethod(nameof(OutputUtilities.GetValueAsync))!.MakeGenericMethod(type.GetGenericArguments()[0]);
            var task = (Task)method.Invoke(null, [value])!;
            await task;
            return await ResolveAsync(task.GetType().GetProperty("Result")!.GetValue(task));
        }
        if (value is string) return value;
        if (value is IDictionary dictionary)
        {
            var result = new SortedDictionary<string, object?>(StringComparer.Ordinal);
            foreach (DictionaryEntry entry in dictionary) result[(string)entry.Key] = await ResolveAsync(entry.Value);
            return result;
        }
        if (value is IEnumerable list)
        {
            var items = new List<object?>();
            foreach (var item in list) items.Add(await ResolveAsync(item));
            return items;
        }
        return value;
    }
}
