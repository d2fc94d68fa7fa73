using System.Diagnostics;
using Lab.Scenarios;

namespace Lab.Local.Tests;

/// <summary>
/// DynamoDB Local dying in the middle of `lab local`: the run does not crash; it keeps the checks it completed and
/// reports every lab it could no longer run as a failing check that says which engine died and how.
/// </summary>
public sealed class EngineFailureTests
{
    /// <summary>Plays the kinesis lab's part by killing DynamoDB Local (found by its port on the java command line).</summary>
    private sealed class KillDynamoDbScenario : ILabScenario
    {
        public string Lab => "kinesis";

        public async Task<IReadOnlyList<CheckResult>> RunAsync(ILabTarget target)
        {
            var port = new Uri(target.DynamoDbEndpoint!).Port;
            using var kill = Process.Start(new ProcessStartInfo("pkill", ["-9", "-f", "--", $"-port {port}"]))!;
            await kill.WaitForExitAsync();
            await Task.Delay(TimeSpan.FromSeconds(1));
            return [new CheckResult(Lab, "DynamoDB Local killed", "0", $"{kill.ExitCode}", kill.ExitCode == 0)];
        }
    }

    [Fact]
    public async Task A_dead_engine_becomes_failing_checks_and_the_completed_checks_are_kept()
    {
        var publish = Directory.CreateTempSubdirectory("lab-publish-").FullName;
        var progress = new List<string>();

        var checks = await LocalRun.RunAsync(new Dictionary<string, string> { ["student"] = "dies" }, ["kinesis", "gameScores"], publish,
            [new KillDynamoDbScenario(), new GameScoresScenario()], progress.Add);

        Assert.Equal(("kinesis", "DynamoDB Local killed", true), (checks[0].Lab, checks[0].Check, checks[0].Pass));
        var down = Assert.Single(checks, c => c.Lab == "gameScores");
        Assert.Equal("local engines still running", down.Check);
        Assert.False(down.Pass);
        Assert.StartsWith("DynamoDB Local exited with code", down.Actual);
    }
}
