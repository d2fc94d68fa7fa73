using Lab.Engines;
using Lab.Infra.Configuration;
using Lab.Infra.Planning;
using Lab.Local;
using Lab.Scenarios;
using System.CommandLine;
using System.Diagnostics;

namespace Lab.Cli.Commands;

/// <summary>`lab local`: every selected lab end to end on the local engines; exit 0 only if every check passes.</summary>
public static class LocalCommand
{
    public static Command Create()
    {
        var labs = LabOption();
        var report = new Option<FileInfo?>("--report") { Description = "Also write the checks as JSON: [{lab, check, expected, actual, pass}]." };
        var stack = new Option<string>("--stack") { Description = "Stack whose config to use: reads Pulumi.<stack>.yaml.", DefaultValueFactory = _ => "dev" };
        var serve = new Option<bool>("--serve")
        {
            Description = "Deploy locally and stay up instead of running the scenarios: writes the stack outputs, serves Lambda Invoke and " +
                "CloudWatch Logs FilterLogEvents on 127.0.0.1, prints the environment for `lab verify`. Stops on Ctrl-C, SIGTERM or when a piped stdin closes.",
        };
        var outputsOut = new Option<FileInfo?>("--outputs-out") { Description = "With --serve: where to write the stack outputs JSON. Default: artifacts/local/outputs.json." };
        var command = new Command("local",
            "Run every lab end to end with no AWS account: DynamoDB Local and kinesalite, the real stack program under Pulumi's mocks, " +
            "the compiled handlers behind emulated event source mappings and schedules; then each lab's scenario. Prints lab | check | expected | actual | pass.")
        {
            labs, report, stack, serve, outputsOut,
        };
        command.SetAction(async (parse, ct) =>
        {
            if (!parse.GetValue(serve) && parse.GetValue(outputsOut) is not null)
                throw new UsageException("--outputs-out goes with --serve.");
            if (parse.GetValue(serve) && parse.GetValue(report) is not null)
                throw new UsageException("--report does not go with --serve: a served deployment runs no checks; run `lab verify --report` against it.");
            var root = RepoPaths.Root;
            var config = StackConfigArgument.Load(root, parse.GetValue(stack)!);
            var reportPath = parse.GetValue(report) is { } reportFile ? OutputPaths.EnsureWritable(reportFile, "--report") : null;
            var selected = SelectedLabs(parse.GetValue(labs) ?? [], config);
            if (parse.GetValue(serve))
            {
                var outputs = OutputPaths.EnsureWritable(parse.GetValue(outputsOut) ?? new FileInfo(Path.Combine(root, "artifacts", "local", "outputs.json")), "--outputs-out");
                return await LocalServeCommand.RunAsync(config, selected, PublishedFunctions.Ensure(root), outputs, ct);
            }
            var watch = Stopwatch.StartNew();
            var timings = new List<LabTiming>();
            var checks = await LocalRun.RunAsync(config, selected, PublishedFunctions.Ensure(root), LabScenarios.All,
                message => Console.Error.WriteLine($"[{watch.Elapsed:mm\\:ss}] {message}"), ct, timings);
            CheckReport.Print(checks, watch.Elapsed);
            Console.WriteLine("Per lab: " + string.Join(", ", timings.Select(t => $"{t.Lab} {t.Elapsed.TotalSeconds:F1} s")) +
                $"; whole run {watch.Elapsed.TotalSeconds:F1} s.");
            if (reportPath is not null) await CheckReport.WriteJsonAsync(checks, reportPath);
            return checks.All(c => c.Pass) ? 0 : 1;
        });
        return command;
    }

    public static Option<string[]> LabOption() => new("--lab")
    {
        Description = $"A lab to run (repeatable): {string.Join(", ", LabNames.All)}. Default: the labs of the stack's config.",
        AllowMultipleArgumentsPerToken = false,
    };

    public static IReadOnlyList<string> SelectedLabs(string[] requested, IReadOnlyDictionary<string, string> config)
    {
        foreach (var lab in requested)
            if (!LabNames.All.Contains(lab))
                throw new UsageException($"unknown lab '{lab}' for --lab; choose from {string.Join(", ", LabNames.All)}.");
        if (requested.Length > 0) return LabNames.All.Where(requested.Contains).ToList();
        return LabConfig.Read(key => config.GetValueOrDefault(key), "local").Labs;
    }
}
