using Lab.Engines;
using System.CommandLine;
using System.ComponentModel;
using System.Diagnostics;

namespace Lab.Cli.Commands;

/// <summary>
/// `lab review`: runs the policy pack's policies over a plan written by `lab plan`. The policies
/// are TypeScript (policy/), so this verb compiles the pack when its sources changed and hands the
/// plan to the pack's offline runner (policy/dist/src/review.js), passing on its output and exit
/// code: 0 no mandatory violation, 1 a mandatory violation, 2 unusable arguments or input.
/// </summary>
public static class ReviewCommand
{
    public static Command Create()
    {
        var plan = new Option<FileInfo?>("--plan") { Description = "Plan JSON written by `lab plan` (default: artifacts/plan.json)." };
        var config = new Option<FileInfo?>("--config")
        {
            Description = "Policy config JSON, as for `pulumi preview --policy-pack-config`: budgets, tag keys, enforcement levels (see policy/README.md).",
        };
        var json = new Option<bool>("--json") { Description = "Print the violations as JSON instead of a table." };
        var command = new Command("review",
            "Run the policy pack over the stack as `lab plan` declared it; prints policy | resource | message and exits 1 on a mandatory violation.")
        {
            plan, config, json,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            // Caught here, not left to CommandLineRunner: System.CommandLine's default exception
            // handler would turn it into "Unhandled exception" and exit code 1, the code that
            // means "mandatory violation".
            try
            {
                return await ReviewAsync(parse.GetValue(plan), parse.GetValue(config), parse.GetValue(json), cancellationToken);
            }
            catch (UsageException e)
            {
                Console.Error.WriteLine($"lab: {e.Message}");
                return CommandLineRunner.UsageError;
            }
        });
        return command;
    }

    private static async Task<int> ReviewAsync(FileInfo? planFile, FileInfo? configFile, bool json, CancellationToken cancellationToken)
    {
        var root = RepoPaths.Root;
        var planPath = PlanPath(root, planFile);
        if (configFile is { Exists: false }) throw new UsageException($"policy config {configFile.FullName} does not exist.");

        var runner = await CompiledRunnerAsync(root, cancellationToken);
        var arguments = new List<string> { runner, "--plan", planPath };
        if (configFile is not null) arguments.AddRange(["--config", configFile.FullName]);
        if (json) arguments.Add("--json");
        return await RunAsync("node", arguments, root, cancellationToken);
    }

    private static string PlanPath(string root, FileInfo? given)
    {
        if (given is not null)
        {
            return given.Exists
                ? given.FullName
                : throw new UsageException($"plan {given.FullName} does not exist; write it with `lab plan --out {given.FullName}`.");
        }
        var defaultPath = Path.Combine(root, "artifacts", "plan.json");
        return File.Exists(defaultPath)
            ? defaultPath
            : throw new UsageException($"no plan at {defaultPath}: run `lab plan` first.");
    }

    // tsc is run only when the compiled runner is missing or older than a source of the pack,
    // because a compile costs seconds and most reviews follow an unchanged pack.
    private static async Task<string> CompiledRunnerAsync(string root, CancellationToken cancellationToken)
    {
        var policyDirectory = Path.Combine(root, "policy");
        var runner = Path.Combine(policyDirectory, "dist", "src", "review.js");
        var sources = Directory.EnumerateFiles(Path.Combine(policyDirectory, "src"), "*.ts", SearchOption.AllDirectories)
            .Append(Path.Combine(policyDirectory, "tsconfig.json"));
        var newestSource = sources.Max(File.GetLastWriteTimeUtc);
        if (File.Exists(runner) && File.GetLastWriteTimeUtc(runner) >= newestSource) return runner;

        Console.Error.WriteLine("lab review: compiling the policy pack (npx --no-install tsc -p policy) ...");
        var npx = OperatingSystem.IsWindows() ? "npx.cmd" : "npx";
        var exitCode = await RunAsync(npx, ["--no-install", "tsc", "-p", "policy"], root, cancellationToken);
        if (exitCode != 0 || !File.Exists(runner))
            throw new UsageException($"compiling the policy pack failed (tsc exit code {exitCode}); fix the errors above in policy/src.");
        return runner;
    }

    // The child shares this console, so its table and messages appear as it writes them.
    private static async Task<int> RunAsync(string program, IEnumerable<string> arguments, string workingDirectory, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new UsageException($"could not start {program}.");
        }
        catch (Win32Exception e)
        {
            throw new UsageException($"could not start {program} ({e.Message}); lab review needs Node.js 20 and the npm packages (npm ci --ignore-scripts).");
        }
        using (process)
        {
            try
            {
                await process.WaitForExitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }
            return process.ExitCode;
        }
    }
}
