using Lab.Functions.Hosting;
using Lab.Local.Deployment;

namespace Lab.Local.Emulation;

/// <summary>
/// Fires a declared EventBridge schedule: its target function gets the "Scheduled Event" AWS sends.
/// Local runs fire schedules on demand instead of waiting for the rate to come round; a disabled
/// schedule (config schedulesEnabled: false) does not fire, as on AWS.
/// </summary>
public sealed class ScheduleEmulator(LocalDeployment deployment, IFunctionRunner host)
{
    /// <param name="settings">Extra environment for this run only (a seed, a smaller batch count).</param>
    public async Task<InvocationResult> FireAsync(string functionLogicalName, IReadOnlyDictionary<string, string>? settings = null)
    {
        var function = deployment.Function(functionLogicalName);
        var schedule = deployment.Schedules.FirstOrDefault(s => s.TargetFunctionArn == function.Arn)
            ?? throw new InvalidOperationException($"No schedule targets {functionLogicalName}.");
        if (!schedule.Enabled)
            throw new InvalidOperationException($"The schedule {schedule.RuleName} ({schedule.Expression}) is disabled (config schedulesEnabled: false).");
        var scheduledEvent = ScheduledEvent.Json(LocalEngines.Region, "000000000000", schedule.RuleName);
        return await host.InvokeAsync(function, scheduledEvent, settings);
    }
}
