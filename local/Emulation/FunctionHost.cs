using System.Collections.Concurrent;
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
        return await LambdaInvoker.InvokeAsync(function.LogicalName, environment, eventJson, line => log.Enqueue((DateTimeOffset.UtcNow, line)));
    }

    public IReadOnlyList<string> Logs(string logicalName) => TimedLogs(logicalName).Select(entry => entry.Line).ToList();

    /// <summary>The log lines with the time each was written, as CloudWatch Logs timestamps its events.</summary>
    public IReadOnlyList<(DateTimeOffset Time, string Line)> TimedLogs(string logicalName) =>
        _logs.TryGetValue(logicalName, out var lines) ? lines.ToList() : [];
}
