namespace Lab.Scenarios;

/// <summary>
/// `lab verify`: each selected lab's scenario against a deployed stack, the same scenarios `lab local` runs.
/// A lab the outputs do not carry is a failing check, not an error: the others still run.
/// </summary>
public static class VerifyRun
{
    /// <summary>How long a lab waits for its event source mappings to be Enabled before it is reported as not ready.</summary>
    public static readonly TimeSpan DefaultTriggerTimeout = TimeSpan.FromMinutes(5);

    public static async Task<IReadOnlyList<CheckResult>> RunAsync(
        ILabTarget target, IReadOnlyList<string> labs, IReadOnlyList<ILabScenario> scenarios, TimeSpan? triggerTimeout = null)
    {
        var checks = new List<CheckResult>();
        var outputs = target.Outputs;
        foreach (var lab in labs)
        {
            if (!outputs.HasLab(lab))
            {
                checks.Add(new CheckResult(lab, "lab is in the stack outputs", $"an object '{lab}' in the outputs",
                    "missing: the lab is not deployed in this stack (config 'labs'), or the outputs are from another stack", false));
                continue;
            }
            // A scenario run before its triggers poll would fail for a reason that fixes itself: say that instead.
            if (await target.WaitForTriggersAsync(lab, triggerTimeout ?? DefaultTriggerTimeout) is { } ready)
            {
                checks.Add(ready);
                if (!ready.Pass) continue;
            }
            foreach (var scenario in scenarios.Where(s => s.Lab == lab))
                checks.AddRange(await ScenarioChecks.RunAsync(scenario, target));
        }
        return checks;
    }
}
