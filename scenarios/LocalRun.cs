using Lab.Local;

namespace Lab.Scenarios;

/// <summary>
/// `lab local`: the real stack program under Pulumi's mock hooks, with every declared table and stream
/// created in the local engines, the handlers run in process behind emulated event source mappings and
/// schedules, then each selected lab's scenario.
/// </summary>
public static class LocalRun
{
    public static async Task<IReadOnlyList<CheckResult>> RunAsync(
        IReadOnlyDictionary<string, string> stackConfig, IReadOnlyList<string> labs, string publishDirectory,
        IReadOnlyList<ILabScenario> scenarios, Action<string> progress, CancellationToken ct = default)
    {
        progress("starting DynamoDB Local and kinesalite");
        await using var engines = await LocalEngines.StartAsync(ct);
        if (engines.ExposureWarning is { } exposed) progress($"warning: {exposed}");
        var checks = new List<CheckResult>();
        var config = LocalStack.Config(stackConfig, labs);
        checks.AddRange(await RunDeploymentAsync(engines, config, publishDirectory, scenarios.Where(s => labs.Contains(s.Lab)).ToList(), progress));

        // The eventDriven lab teaches why the solution stage exists: the same run on the workshop's
        // starting point drifts. It gets a deployment of its own so the two never share tables.
        if (labs.Contains("eventDriven") && config.GetValueOrDefault("eventDrivenStage", "solution") == "solution" && engines.Failure is null)
        {
            var start = new Dictionary<string, string>(config) { ["labs"] = "eventDriven", ["student"] = $"{config["student"]}-start", ["eventDrivenStage"] = "start" };
            checks.AddRange(await RunDeploymentAsync(engines, start, publishDirectory, scenarios.Where(s => s.Lab == "eventDriven").ToList(), progress));
        }
        return checks;
    }

    /// <summary>A failing check per lab that could not run because an engine died, or null while both run.</summary>
    internal static CheckResult? EnginesDown(LocalEngines engines, string lab) =>
        engines.Failure is { } failure
            ? new CheckResult(lab, "local engines still running", "DynamoDB Local and kinesalite up", $"{failure}; the lab's checks could not run", false)
            : null;

    // Whatever happens (a deployment that cannot complete, an engine that dies), the checks completed so far are
    // returned with a failing check that says what went wrong, so `lab local` still prints its table.
    private static async Task<IReadOnlyList<CheckResult>> RunDeploymentAsync(
        LocalEngines engines, Dictionary<string, string> config, string publishDirectory, IReadOnlyList<ILabScenario> scenarios, Action<string> progress)
    {
        var labs = string.Join(",", scenarios.Select(s => s.Lab).Distinct());
        var checks = new List<CheckResult>();
        try
        {
            await using var stack = await LocalStack.DeployAsync(engines, config, publishDirectory, progress);
            var target = new LocalTarget(stack.Outputs, engines, stack.Deployment, stack.Host, stack.Mappings, progress);
            foreach (var scenario in scenarios)
            {
                if (EnginesDown(engines, scenario.Lab) is { } down)
                {
                    checks.Add(down);
                    continue;
                }
                checks.AddRange(await ScenarioChecks.RunAsync(scenario, target));
            }
            var discarded = stack.Deployment.AllFailureMessages;
            checks.Add(CheckResult.Compare(labs, "batches sent to an on-failure destination", 0, discarded.Count));
        }
        catch (Exception error)
        {
            var why = engines.Failure is { } failure ? $"{failure} ({ErrorLine.Of(error)})" : ErrorLine.Of(error);
            checks.Add(new CheckResult(labs, $"local deployment of student '{config["student"]}' completed", "no error", why, false));
        }
        return checks;
    }
}
