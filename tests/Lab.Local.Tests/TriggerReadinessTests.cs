using Lab.Local;
using Lab.Scenarios;
using Lab.Streams;

namespace Lab.Local.Tests;

/// <summary>
/// `lab verify` right after `pulumi up`: a new event source mapping is Creating/Enabling for a while, and a
/// scenario run then would fail only because polling has not begun. No Lambda runs here, so the mapping
/// states come from a scripted client that answers as ListEventSourceMappings does.
/// </summary>
public sealed class TriggerReadinessTests
{
    private static readonly StackOutputs Outputs = StackOutputs.Parse("""
        {"gameScores": {"functions": {"AggregateScoresByUser": {"name": "AggregateScoresByUser-alice-beef", "arn": "arn:aws:lambda:us-east-1:1:function:AggregateScoresByUser-alice-beef"}}},
         "tourney": {"functions": {"TourneyWriter": {"name": "TourneyWriter-alice-beef", "arn": "x"}}}}
        """, "test outputs");

    [Fact]
    public async Task Waits_while_a_mapping_is_Creating_then_Enabling_and_passes_once_it_is_Enabled()
    {
        var lambda = new ScriptedLambda("Creating", "Enabling", "Enabled");
        var progress = new List<string>();
        var check = await TriggerReadiness.WaitAsync(lambda, Outputs, "gameScores", TimeSpan.FromSeconds(20), progress.Add, TimeSpan.FromMilliseconds(10));

        Assert.True(check.Pass, check.Actual);
        Assert.Equal("1 of 1 Enabled", check.Actual);
        Assert.Equal(3, lambda.Calls);
        Assert.Contains(progress, line => line.Contains("Creating"));
    }

    [Fact]
    public async Task Says_clearly_that_a_mapping_is_not_yet_Enabled_when_the_wait_runs_out()
    {
        var lambda = new ScriptedLambda("Creating");
        var check = await TriggerReadiness.WaitAsync(lambda, Outputs, "gameScores", TimeSpan.FromMilliseconds(200), _ => { }, TimeSpan.FromMilliseconds(20));

        Assert.False(check.Pass);
        Assert.Contains("AggregateScoresByUser ← table/GameScoreRecords-alice-beef/stream/2026: Creating", check.Actual);
        Assert.Contains("can take minutes", check.Actual);
    }

    [Fact]
    public async Task A_disabled_mapping_fails_at_once_instead_of_waiting_out_the_timeout()
    {
        var lambda = new ScriptedLambda("Disabled");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var check = await TriggerReadiness.WaitAsync(lambda, Outputs, "gameScores", TimeSpan.FromMinutes(5), _ => { }, TimeSpan.FromSeconds(1));

        Assert.False(check.Pass);
        Assert.Contains("Disabled", check.Actual);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        Assert.Equal(1, lambda.Calls);
    }

    [Fact]
    public async Task A_lab_whose_functions_have_no_mappings_is_ready()
    {
        var check = await TriggerReadiness.WaitAsync(new ScriptedLambda(), Outputs, "tourney", TimeSpan.FromSeconds(1), _ => { });
        Assert.True(check.Pass);
        Assert.Equal("0 of 0 Enabled", check.Actual);
    }

    /// <summary>Answers ListEventSourceMappings for AggregateScoresByUser with one mapping whose state follows the script.</summary>
    private sealed class ScriptedLambda(params string[] states) : ILambdaClient
    {
        public int Calls { get; private set; }

        public Task<LambdaInvokeResult> InvokeAsync(string functionName, string payloadJson, CancellationToken ct = default) =>
            throw new NotSupportedException("readiness never invokes");

        public Task<IReadOnlyList<EventSourceMappingState>> ListEventSourceMappingsAsync(string functionName, CancellationToken ct = default)
        {
            if (!functionName.StartsWith("AggregateScoresByUser", StringComparison.Ordinal))
                return Task.FromResult<IReadOnlyList<EventSourceMappingState>>([]);
            var state = states[Math.Min(Calls++, states.Length - 1)];
            return Task.FromResult<IReadOnlyList<EventSourceMappingState>>(
                [new("uuid-1", "arn:aws:dynamodb:us-east-1:1:table/GameScoreRecords-alice-beef/stream/2026", state, "USER_INITIATED", null)]);
        }
    }
}
