using Lab.Engines;
using Lab.Infra.Planning;
using System.CommandLine;
using System.Diagnostics;

namespace Lab.Cli.Commands;

/// <summary>`lab plan`: evaluates the stack offline, under Pulumi's mock hooks, and writes the plan JSON.</summary>
public static class PlanCommand
{
    public static Command Create()
    {
        var stack = new Option<string>("--stack") { Description = "Stack whose config to use: reads Pulumi.<stack>.yaml.", DefaultValueFactory = _ => "dev" };
        var output = new Option<FileInfo?>("--out") { Description = "Where to write the plan JSON (default: artifacts/plan.json)." };
        var command = new Command("plan",
            "Evaluate the stack offline with the config of Pulumi.<stack>.yaml and write {resources: [{type, name, parent, inputs}], outputs} (inputs by wire name).")
        {
            stack, output,
        };
        command.SetAction(async parse =>
        {
            var root = RepoPaths.Root;
            var stackName = parse.GetValue(stack)!;
            var config = StackConfigArgument.Load(root, stackName);
            var outPath = OutputPaths.EnsureWritable(parse.GetValue(output) ?? new FileInfo(Path.Combine(root, "artifacts", "plan.json")), "--out");

            var watch = Stopwatch.StartNew();
            var plan = await StackEvaluator.EvaluateAsync(stackName, config, PublishedFunctions.Ensure(root));
            await File.WriteAllTextAsync(outPath, PlanJson.Serialize(plan, root));
            Console.Error.WriteLine($"lab plan: {plan.Resources.Count} resources for stack '{stackName}' in {watch.Elapsed.TotalSeconds:F1} s -> {outPath}");
            foreach (var group in plan.Resources.GroupBy(r => r.Parent ?? "(stack)"))
                Console.Error.WriteLine($"  {group.Key}: {group.Count()}");
            return 0;
        });
        return command;
    }
}
