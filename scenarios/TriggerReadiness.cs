using Lab.Local;
using Lab.Streams;

namespace Lab.Scenarios;

/// <summary>
/// Waits until every event source mapping of a lab's functions is Enabled. A new mapping is Creating, then
/// Enabling, and may take minutes before it polls; Disabled, Disabling or Deleting will not change by waiting.
/// </summary>
public static class TriggerReadiness
{
    public const string CheckName = "event source mappings are Enabled (polling)";
    private static readonly string[] Settling = ["Creating", "Enabling", "Updating"];
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(5);

    public static async Task<CheckResult> WaitAsync(ILambdaClient lambda, StackOutputs outputs, string lab, TimeSpan timeout, Action<string> progress,
        TimeSpan? pollInterval = null)
    {
        var interval = pollInterval ?? PollInterval;
        var deadline = DateTime.UtcNow + timeout;
        var functions = outputs.Functions(lab);
        while (true)
        {
            var states = new List<(string Function, EventSourceMappingState Mapping)>();
            using (var call = new CancellationTokenSource(Remaining(deadline, minimum: TimeSpan.FromSeconds(10))))
            {
                foreach (var (function, name) in functions)
                    states.AddRange((await lambda.ListEventSourceMappingsAsync(name, call.Token)).Select(m => (function, m)));
            }
            var waiting = states.Where(s => !s.Mapping.IsEnabled).ToList();
            if (waiting.Count == 0)
                return new CheckResult(lab, CheckName, "every mapping Enabled", $"{states.Count} of {states.Count} Enabled", true);

            var stuck = waiting.Any(s => !Settling.Contains(s.Mapping.State));
            if (stuck || DateTime.UtcNow + interval > deadline)
            {
                var detail = string.Join("; ", waiting.Select(s =>
                    $"{s.Function} ← {Source(s.Mapping.EventSourceArn)}: {s.Mapping.State}" +
                    (string.IsNullOrEmpty(s.Mapping.StateTransitionReason) ? "" : $" ({s.Mapping.StateTransitionReason})")));
                var advice = stuck
                    ? "a mapping that is not Enabled will not poll: enable it (`pulumi up` restores it)"
                    : $"not Enabled after {timeout.TotalSeconds:0} s: new mappings can take minutes to start; run lab verify again shortly";
                return new CheckResult(lab, CheckName, "every mapping Enabled", $"{detail} — {advice}", false);
            }
            progress($"{lab}: waiting for {waiting.Count} event source mapping(s) to be Enabled ({string.Join(", ", waiting.Select(s => s.Mapping.State).Distinct())})");
            await Task.Delay(interval);
        }
    }

    private static TimeSpan Remaining(DateTime deadline, TimeSpan minimum)
    {
        var left = deadline - DateTime.UtcNow;
        return left > minimum ? left : minimum;
    }

    private static string Source(string arn) => arn.Split(':').LastOrDefault() ?? arn;
}
