using System.Collections.Concurrent;
using System.Text.Json;
using Lab.Functions.Hosting;
using Lab.Local.Deployment;
using Lab.Local.Emulation;

namespace Lab.Local.Tests.Support;

/// <summary>One invocation the emulator made: its number (1-based, in call order), the records it carried and what the script answered.</summary>
public sealed record Invocation(int Number, IReadOnlyList<DeliveredRecord> Records, bool Succeeded, IReadOnlyList<string> FailedItems)
{
    public IEnumerable<string> Keys => Records.Select(r => r.Key);
    public bool Contains(string key) => Records.Any(r => r.Key == key);
}

/// <summary>What the script tells the runner to answer for one batch.</summary>
public abstract record Outcome
{
    public static readonly Outcome Success = new SucceedOutcome();
    public static Outcome Error(string message) => new ErrorOutcome(message);
    /// <summary>A successful invocation that reports these sequence numbers as failed (ReportBatchItemFailures).</summary>
    public static Outcome ItemFailures(params string[] sequenceNumbers) => new ItemFailuresOutcome(sequenceNumbers);

    /// <summary>A successful invocation answering this JSON verbatim, for responses the helpers above cannot express.</summary>
    public static Outcome Response(string json) => new ResponseOutcome(json);

    internal sealed record SucceedOutcome : Outcome;
    internal sealed record ResponseOutcome(string Json) : Outcome;
    internal sealed record ErrorOutcome(string Message) : Outcome;
    internal sealed record ItemFailuresOutcome(IReadOnlyList<string> SequenceNumbers) : Outcome;
}

/// <summary>
/// Stands in for the function behind the mapping (the seam is <see cref="IFunctionRunner"/>): records every
/// batch it is given and answers as the test scripts. The script sees the batch and its 1-based invocation number.
/// </summary>
public sealed class ScriptedRunner(Func<IReadOnlyList<DeliveredRecord>, int, Outcome>? script = null, TimeSpan? workTime = null) : IFunctionRunner
{
    private readonly ConcurrentQueue<Invocation> invocations = new();
    private int calls, running, maxConcurrent;

    public IReadOnlyList<Invocation> Invocations => invocations.OrderBy(i => i.Number).ToList();

    /// <summary>The most invocations that were running at the same moment.</summary>
    public int MaxConcurrent => Volatile.Read(ref maxConcurrent);

    /// <summary>Records of the successful invocations, in invocation order.</summary>
    public IReadOnlyList<DeliveredRecord> Processed => Invocations.Where(i => i.Succeeded)
        .SelectMany(i => i.Records.Where(r => !FailedFromHere(i, r))).ToList();

    public int AttemptsContaining(string key) => Invocations.Count(i => i.Contains(key));

    public async Task<InvocationResult> InvokeAsync(DeclaredFunction function, string eventJson, IReadOnlyDictionary<string, string>? settings = null)
    {
        var number = Interlocked.Increment(ref calls);
        var now = Interlocked.Increment(ref running);
        for (var seen = MaxConcurrent; now > seen; seen = MaxConcurrent)
            if (Interlocked.CompareExchange(ref maxConcurrent, now, seen) == seen) break;
        try
        {
            var records = DeliveredRecord.ParseEvent(eventJson);
            if (workTime is { } work) await Task.Delay(work);
            var outcome = script?.Invoke(records, number) ?? Outcome.Success;
            switch (outcome)
            {
                case Outcome.ErrorOutcome error:
                    invocations.Enqueue(new Invocation(number, records, false, []));
                    return new InvocationResult(function.LogicalName, false, null, [], error.Message, TimeSpan.Zero);
                case Outcome.ItemFailuresOutcome failures:
                    invocations.Enqueue(new Invocation(number, records, true, failures.SequenceNumbers));
                    var response = JsonSerializer.Serialize(new { batchItemFailures = failures.SequenceNumbers.Select(s => new { itemIdentifier = s }) });
                    return new InvocationResult(function.LogicalName, true, response, [], null, TimeSpan.Zero);
                case Outcome.ResponseOutcome raw:
                    invocations.Enqueue(new Invocation(number, records, true, []));
                    return new InvocationResult(function.LogicalName, true, raw.Json, [], null, TimeSpan.Zero);
                default:
                    invocations.Enqueue(new Invocation(number, records, true, []));
                    return new InvocationResult(function.LogicalName, true, "null", [], null, TimeSpan.Zero);
            }
        }
        finally
        {
            Interlocked.Decrement(ref running);
        }
    }

    // Lambda resumes from the first reported failure, so everything from there on counts as not processed.
    private static bool FailedFromHere(Invocation invocation, DeliveredRecord record)
    {
        var records = invocation.Records.ToList();
        var firstFailed = records.FindIndex(r => invocation.FailedItems.Contains(r.SequenceNumber));
        return firstFailed >= 0 && records.IndexOf(record) >= firstFailed;
    }
}
