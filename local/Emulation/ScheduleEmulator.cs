using System.Text.Json;
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
        var scheduledEvent = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["version"] = "0",
            ["id"] = Guid.NewGuid().ToString(),
            ["detail-type"] = "Scheduled Event",
            ["source"] = "aws.events",
            ["account"] = "000000000000",
            ["time"] = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ"),
            ["region"] = LocalEngines.Region,
            ["resources"] = new[] { $"arn:aws:events:{LocalEngines.Region}:000000000000:rule/{schedule.RuleName}" },
            ["detail"] = new Dictionary<string, object>(),
        });
        return await host.InvokeAsync(function, scheduledEvent, settings);
    }
}
