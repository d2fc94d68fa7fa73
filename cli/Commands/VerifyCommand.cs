using System.Diagnostics;
using System.CommandLine;
using Lab.Infra.Configuration;
using Lab.Local;
using Lab.Scenarios;

namespace Lab.Cli.Commands;

/// <summary>`lab verify`: the lab scenarios against a deployed stack; exit 0 only if every check passes.</summary>
public static class VerifyCommand
{
    public static Command Create()
    {
        var outputs = new Option<FileInfo>("--outputs")
        {
            Description = "The deployed stack's outputs: `pulumi stack output --json > outputs.json`.",
            Required = true,
        };
        var labs = new Option<string[]>("--lab")
        {
            Description = $"A lab to verify (repeatable): {string.Join(", ", LabNames.All)}. Default: every lab in the outputs.",
            AllowMultipleArgumentsPerToken = false,
        };
        var report = new Option<FileInfo?>("--report") { Description = "Also write the checks as JSON: [{lab, check, expected, actual, pass}]." };
        var triggerWait = new Option<int>("--trigger-timeout")
        {
            Description = "Seconds to wait for each lab's event source mappings to be Enabled (new mappings can take minutes to poll) " +
                "before reporting the lab as not ready instead of running its scenario.",
            DefaultValueFactory = _ => (int)VerifyRun.DefaultTriggerTimeout.TotalSeconds,
        };
        var command = new Command("verify",
            "Run the lab scenarios against a deployed stack: they WRITE test data into the student's tables and streams and invoke the " +
            "scheduled functions. Credentials and region from the standard AWS environment (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY/" +
            "AWS_SESSION_TOKEN or the SDK's profile chain; AWS_REGION, else the outputs' region); endpoints overridable with " +
            "AWS_ENDPOINT_URL and AWS_ENDPOINT_URL_{DYNAMODB,KINESIS,LAMBDA,CLOUDWATCH_LOGS}. Prints lab | check | expected | actual | pass.")
        {
            outputs, labs, report, triggerWait,
        };
        command.SetAction(async parse =>
        {
            var file = parse.GetValue(outputs)!;
            var triggerSeconds = parse.GetValue(triggerWait);
            if (triggerSeconds is < 0 or > 3600) throw new UsageException($"--trigger-timeout {triggerSeconds}: expected 0 to 3600 seconds.");
            if (!file.Exists) throw new UsageException($"--outputs {file.FullName} does not exist; create it with `pulumi stack output --json > {file.Name}`.");
            StackOutputs stackOutputs;
            try
            {
                stackOutputs = StackOutputs.Parse(await File.ReadAllTextAsync(file.FullName), file.FullName);
            }
            catch (FormatException e)
            {
                throw new UsageException(e.Message);
            }
            var selected = SelectedLabs(parse.GetValue(labs) ?? [], stackOutputs);
            var reportPath = parse.GetValue(report) is { } reportFile ? OutputPaths.EnsureWritable(reportFile, "--report") : null;
            var watch = Stopwatch.StartNew();
            VerifyTarget target;
            try
            {
                target = await VerifyTarget.CreateAsync(stackOutputs, Environment.GetEnvironmentVariable,
                    message => Console.Error.WriteLine($"[{watch.Elapsed:mm\\:ss}] {message}"));
            }
            catch (InvalidOperationException e)
            {
                throw new UsageException(e.Message); // no credentials, no region, a malformed endpoint: nothing was touched yet
            }
            IReadOnlyList<CheckResult> checks;
            using (target) checks = await VerifyRun.RunAsync(target, selected, LabScenarios.All, TimeSpan.FromSeconds(triggerSeconds));
            CheckReport.Print(checks, watch.Elapsed);
            if (reportPath is not null) await CheckReport.WriteJsonAsync(checks, reportPath);
            return checks.All(c => c.Pass) ? 0 : 1;
        });
        return command;
    }

    private static IReadOnlyList<string> SelectedLabs(string[] requested, StackOutputs outputs)
    {
        foreach (var lab in requested)
            if (!LabNames.All.Contains(lab))
                throw new UsageException($"unknown lab '{lab}' for --lab; choose from {string.Join(", ", LabNames.All)}.");
        if (requested.Length > 0) return LabNames.All.Where(requested.Contains).ToList();
        var deployed = LabNames.All.Where(outputs.HasLab).ToList();
        return deployed.Count > 0
            ? deployed
            : throw new UsageException($"the outputs name none of the labs ({string.Join(", ", LabNames.All)}); are they `pulumi stack output --json` of a DynamoDB Labs stack?");
    }
}
