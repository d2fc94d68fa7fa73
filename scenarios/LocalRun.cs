using Lab.Local;

namespace Lab.Scenarios;

/// <summary>
/// `lab local`: the real stack program under Pulumi's mock hooks, with every declared table and stream
/// created in the local engines, the handlers run in process behind emulated event source mappings and
/// schedules, then each selected lab's scenario.
/// The eventDriven lab's second deployment (its `start` stage, which must drift) runs on a pair of engines of its
/// own, at the same time as the first: DynamoDB Local slows down as stream records pile up in its store, whatever
/// table they belong to and even after the table is deleted (measured: 8,000 updates of a streamed table took
/// 12, 19, 53 and 83 s in four rounds on one instance), so a second 10,000-message run on the same instance took
/// 2.6 times as long as the first.
/// </summary>
public static class LocalRun
{
    public static async Task<IReadOnlyList<CheckResult>> RunAsync(
        IReadOnlyDictionary<string, string> stackConfig, IReadOnlyList<string> labs, string publishDirectory,
        IReadOnlyList<ILabScenario> scenarios, Action<string> progress, CancellationToken ct = default, ICollection<LabTiming>? timings = null)
    {
        var config = LocalStack.Config(stackConfig, labs);
        var withStartStage = labs.Contains("eventDriven") && config.GetValueOrDefault("eventDrivenStage", "solution") == "solution";
        progress(withStartStage
            ? "starting DynamoDB Local and kinesalite (and a second pair for the eventDriven start stage)"
            : "starting DynamoDB Local and kinesalite");
        var mainEngines = LocalEngines.StartAsync(ct);
        var startEngines = withStartStage ? LocalEngines.StartAsync(ct) : null;
        await using var engines = await mainEngines;
        await using var secondEngines = startEngines is null ? null : await startEngines;
        if (engines.ExposureWarning is { } exposed) progress($"warning: {exposed}");

        var main = RunDeploymentAsync(engines, config, publishDirectory, scenarios.Where(s => labs.Contains(s.Lab)).ToList(), progress, timings);
        // The eventDriven lab teaches why the solution stage exists: the same run on the workshop's
        // starting point drifts. It gets a deployment (and engines) of its own so the two never share tables.
        var start = secondEngines is null
            ? Task.FromResult<IReadOnlyList<CheckResult>>([])
            : RunDeploymentAsync(secondEngines,
                new Dictionary<string, string>(config) { ["labs"] = "eventDriven", ["student"] = $"{config["student"]}-start", ["eventDrivenStage"] = "start" },
                publishDirectory, scenarios.Where(s => s.Lab == "eventDriven").ToList(), progress, timings, stage: "start");
        return [.. await main, .. await start];
    }

    /// <summary>A failing check per lab that could not run because an engine died, or null while both run.</summary>
    internal static CheckResult? EnginesDown(LocalEngines engines, string lab) =>
        engines.Failure is { } failure
            ? new CheckResult(lab, "local engines still running", "DynamoDB Local and kinesalite up", $"{failure}; the lab's checks could not run", false)
            : null;

    // Whatever happens (a deployment that cannot complete, an engine that dies), the checks completed so far are
    // returned with a failing check that says what went wrong, so `lab local` still prints its table.
    private static async Task<IReadOnlyList<CheckResult>> RunDeploymentAsync(
        LocalEngines engines, Dictionary<string, string> config, string publishDirectory, IReadOnlyList<ILabScenario> scenarios, Action<string> progress,
        ICollection<LabTiming>? timings, string? stage = null)
    {
        LocalStack stack;
        try
        {
            stack = await LocalStack.DeployAsync(engines, config, publishDirectory, progress);
        }
        catch (Exception error)
        {
            return [DeploymentFailed(engines, config["student"], scenarios, error)];
        }
        await using (stack) return await RunScenariosAsync(engines, stack, scenarios, progress, timings, stage);
    }

    /// <summary>The failing check for a student whose local deployment could not complete.</summary>
    public static CheckResult DeploymentFailed(LocalEngines engines, string student, IReadOnlyList<ILabScenario> scenarios, Exception error) =>
        new(string.Join(",", scenarios.Select(s => s.Lab).Distinct()), $"local deployment of student '{student}' completed", "no error", Why(engines, error), false);

    // A dead engine explains whatever failed after it.
    private static string Why(LocalEngines engines, Exception error) =>
        engines.Failure is { } failure ? $"{failure} ({ErrorLine.Of(error)})" : ErrorLine.Of(error);

    /// <summary>Each scenario on a deployed stack, then its triggers' counts and the on-failure destination check.</summary>
    public static async Task<IReadOnlyList<CheckResult>> RunScenariosAsync(
        LocalEngines engines, LocalStack stack, IReadOnlyList<ILabScenario> scenarios, Action<string> progress, ICollection<LabTiming>? timings, string? stage = null)
    {
        var labs = string.Join(",", scenarios.Select(s => s.Lab).Distinct());
        var checks = new List<CheckResult>();
        try
        {
            var target = new LocalTarget(stack.Outputs, engines, stack.Deployment, stack.Host, stack.Mappings, progress);
            foreach (var scenario in scenarios)
            {
                if (EnginesDown(engines, scenario.Lab) is { } down)
                {
                    checks.Add(down);
                    continue;
                }
                var clock = System.Diagnostics.Stopwatch.StartNew();
                checks.AddRange(await ScenarioChecks.RunAsync(scenario, target));
                if (timings is not null)
                    lock (timings) timings.Add(new LabTiming(stage is null ? scenario.Lab : $"{scenario.Lab} ({stage})", clock.Elapsed));
            }
            foreach (var (mapping, delivered, retries, bisections, _) in stack.Mappings.Statistics())
                progress($"  {mapping}: {delivered} records delivered, {retries} retries, {bisections} bisections");
            foreach (var (function, (count, busy)) in stack.Host.Usage.OrderBy(u => u.Key, StringComparer.Ordinal))
                progress($"  {function}: {count} invocations, {busy.TotalSeconds:F1} s in the handler");
            checks.Add(CheckResult.Compare(labs, "batches sent to an on-failure destination", 0, stack.Deployment.AllFailureMessages.Count));
        }
        catch (Exception error)
        {
            checks.Add(new CheckResult(labs, "scenarios completed", "no error", Why(engines, error), false));
        }
        return checks;
    }
}

/// <summary>How long one lab's scenario took (`lab local` prints these at the end of a run).</summary>
public sealed record LabTiming(string Lab, TimeSpan Elapsed);
