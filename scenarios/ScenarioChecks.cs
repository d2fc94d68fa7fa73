namespace Lab.Scenarios;

/// <summary>Runs one scenario on a target; an error becomes a failing check, so the other labs still run.</summary>
public static class ScenarioChecks
{
    public static async Task<IReadOnlyList<CheckResult>> RunAsync(ILabScenario scenario, ILabTarget target)
    {
        try
        {
            return await scenario.RunAsync(target);
        }
        catch (Exception error)
        {
            return [new CheckResult(scenario.Lab, "scenario ran to the end", "no error", $"{error.GetType().Name}: {error.Message}", false)];
        }
    }
}
