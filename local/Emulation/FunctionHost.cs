using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lab.Functions.Hosting;
using Lab.Local.Deployment;

namespace Lab.Local.Emulation;

/// <summary>
/// Runs the declared functions in process, with the environment the stack declared plus the local
/// engines' endpoints, and keeps every function's log lines, as CloudWatch Logs would.
/// </summary>
public sealed class FunctionHost(IReadOnlyDictionary<string, string> engineEnvironment) : IFunctionRunner
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<(DateTimeOffset Time, string Line)>> _logs = new();
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _reservations = new();
    private readonly ConcurrentDictionary<string, StrongBox<int>> _running = new();
    private readonly ConcurrentDictionary<string, int> _peak = new();
    private readonly ConcurrentDictionary<string, (int Count, TimeSpan Busy)> _usage = new();
    private int _invocations;

    public int Invocations => _invocations;

    public async Task<InvocationResult> InvokeAsync(DeclaredFunction function, string eventJson, IReadOnlyDictionary<string, string>? settings = null)
    {
        var environment = new Dictionary<string, string>(function.Environment);
        foreach (var (key, value) in engineEnvironment) environment[key] = value;
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) environment[key] = value;
        environment["AWS_LAMBDA_FUNCTION_NAME"] = function.PhysicalName;
        Interlocked.Increment(ref _invocations);
        var log = _logs.GetOrAdd(function.LogicalName, _ => new ConcurrentQueue<(DateTimeOffset, string)>());
        // Reserved concurrency caps how many invocations of the function run at once; Lambda throttles the rest and
        // their event source mapping retries, which waiting for a slot stands for.
        var slots = function.ReservedConcurrency is { } reserved ? _reservations.GetOrAdd(function.Arn, _ => new SemaphoreSlim(reserved, reserved)) : null;
        if (slots is not null) await slots.WaitAsync();
        try
        {
            var running = Interlocked.Increment(ref _running.GetOrAdd(function.LogicalName, _ => new StrongBox<int>()).Value);
            _peak.AddOrUpdate(function.LogicalName, running, (_, peak) => Math.Max(peak, running));
            var result = await LambdaInvoker.InvokeAsync(function.LogicalName, environment, eventJson, line => log.Enqueue((DateTimeOffset.UtcNow, line)),
                TimeSpan.FromSeconds(function.TimeoutSeconds));
            _usage.AddOrUpdate(function.LogicalName, (1, result.Duration), (_, u) => (u.Count + 1, u.Busy + result.Duration));
            return result;
        }
        finally
        {
            Interlocked.Decrement(ref _running[function.LogicalName].Value);
            slots?.Release();
        }
    }

    /// <summary>Invocations and the time spent in them, per function (what a run's summary reports).</summary>
    public IReadOnlyDictionary<string, (int Count, TimeSpan Busy)> Usage => new Dictionary<string, (int, TimeSpan)>(_usage);

    /// <summary>The most invocations of a function that ran at once (what reserved concurrency bounds).</summary>
    public int PeakConcurrency(string logicalName) => _peak.GetValueOrDefault(logicalName);

    public IReadOnlyList<string> Logs(string logicalName) => TimedLogs(logicalName).Select(entry => entry.Line).ToList();

    /// <summary>The log lines with the time each was written, as CloudWatch Logs timestamps its events.</summary>
    public IReadOnlyList<(DateTimeOffset Time, string Line)> TimedLogs(string logicalName) =>
        _logs.TryGetValue(logicalName, out var lines) ? lines.ToList() : [];
}
