using System.Net;
using System.Net.Sockets;

namespace Lab.Cli.Tests;

/// <summary>
/// A careless user's mistakes and a broken machine end in one line that says what is wrong and what to do, exit 2 for
/// input the command cannot use (found before any work starts) and 1 for failures, never a stack trace.
/// </summary>
public sealed class UserErrorTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);
    private readonly string _root = Directory.CreateTempSubdirectory("lab-user-errors-").FullName;

    public UserErrorTests() => File.WriteAllText(Path.Combine(_root, "Lab.sln"), "");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private Dictionary<string, string> InRoot() => new() { ["LAB_ROOT"] = _root };

    private static void AssertOneLine(string stderr, string expected)
    {
        Assert.Contains(expected, stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.DoesNotContain("Unhandled exception", stderr);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("dynamodb-labs:eventDrivenShardCount: \"0\"", "Invalid config 'dynamodb-labs:eventDrivenShardCount' = '0': expected a whole number from 1 to 20.")]
    [InlineData("dynamodb-labs:ttlHour: \"12\"", "Invalid config 'dynamodb-labs:ttlHour' = '12': unknown key; did you mean 'dynamodb-labs:ttlHours'?")]
    [InlineData("dynamodb-labs:labs: [kinesis", "not valid YAML")]
    [InlineData("dynamodb-labs:student:\n    secure: AAABAMn8", "'dynamodb-labs:student' is a secret; offline evaluation cannot decrypt it.")]
    public async Task A_config_file_the_stack_cannot_use_is_a_usage_error_naming_file_key_and_value(string line, string expected)
    {
        await File.WriteAllTextAsync(Path.Combine(_root, "Pulumi.class.yaml"), $"config:\n  {line}\n");

        foreach (var verb in new[] { "plan", "local" })
        {
            var (exit, _, stderr) = await LabCommand.RunAsync([verb, "--stack", "class"], Timeout, InRoot());
            Assert.True(exit == 2, $"lab {verb}: exit {exit}\n{stderr}");
            AssertOneLine(stderr, expected);
            Assert.Contains("Pulumi.class.yaml", stderr);
        }
    }

    [Fact]
    public async Task An_unwritable_report_or_plan_path_is_refused_before_any_work_starts()
    {
        await File.WriteAllTextAsync(Path.Combine(_root, "Pulumi.dev.yaml"), "config:\n  dynamodb-labs:labs: gameScores\n");
        var blocker = Path.Combine(_root, "a-file");
        await File.WriteAllTextAsync(blocker, "");

        var started = System.Diagnostics.Stopwatch.StartNew();
        var (exit, _, stderr) = await LabCommand.RunAsync(["local", "--report", Path.Combine(blocker, "report.json")], Timeout, InRoot());
        Assert.Equal(2, exit);
        AssertOneLine(stderr, $"--report {Path.Combine(blocker, "report.json")}: cannot write there");
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(20), $"took {started.Elapsed}: the engines were started before the check");

        (exit, _, stderr) = await LabCommand.RunAsync(["plan", "--out", Path.Combine(blocker, "plan.json")], Timeout, InRoot());
        Assert.Equal(2, exit);
        AssertOneLine(stderr, "--out");
    }

    [Theory]
    [InlineData("load-logfile-parallel", "--copies", "-5")]
    [InlineData("load-logfile-parallel", "--concurrency", "0")]
    [InlineData("scan", "--segments", "0")]
    public async Task A_workshop_argument_value_it_cannot_use_exits_2(string exercise, string option, string value)
    {
        var outputs = Path.Combine(_root, "outputs.json");
        await File.WriteAllTextAsync(outputs, """{"student":"ada","region":"us-east-1","designPatterns":{"tables":{"tlog_scan":{"name":"t","arn":"a","streamArn":""}}}}""");
        var csv = Path.Combine(_root, "log.csv");
        await File.WriteAllTextAsync(csv, "1,host,2017-07-20,20,GMT-0700,GET,/x,200,100,agent\n");
        string[] extra = exercise == "scan" ? [] : ["--file", csv];

        var (exit, _, stderr) = await LabCommand.RunAsync(
            ["workshop", exercise, "--outputs", outputs, "--endpoint", "http://127.0.0.1:9", option, value, .. extra], Timeout);

        Assert.True(exit == 2, $"exit {exit}: {stderr}");
        AssertOneLine(stderr, $"{option} is {value}");
    }

    [Fact]
    public async Task A_workshop_endpoint_that_is_down_is_one_line_and_exit_1()
    {
        var outputs = Path.Combine(_root, "outputs.json");
        await File.WriteAllTextAsync(outputs, """{"student":"ada","region":"us-east-1","designPatterns":{"tables":{"tlog_scan":{"name":"t","arn":"a","streamArn":""}}}}""");
        var port = ClosedPort();

        var (exit, _, stderr) = await LabCommand.RunAsync(["workshop", "scan", "--outputs", outputs, "--endpoint", $"http://127.0.0.1:{port}"], Timeout);

        Assert.Equal(1, exit);
        AssertOneLine(stderr, $"cannot reach DynamoDB at http://127.0.0.1:{port}");
    }

    [Fact]
    public async Task Lab_invoke_stops_at_the_functions_timeout_against_an_endpoint_that_never_answers()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();  // accepts connections, never answers
        var endpoint = $"http://127.0.0.1:{((IPEndPoint)silent.LocalEndpoint).Port}";
        var eventFile = Path.Combine(_root, "event.json");
        await File.WriteAllTextAsync(eventFile, """{"Records":[{"eventID":"1","eventName":"INSERT","dynamodb":{"SequenceNumber":"1","NewImage":{"Username":{"S":"ada"},"Score":{"N":"1"}}}}]}""");
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var (exit, _, stderr) = await LabCommand.RunAsync(
            ["invoke", "AggregateScoresByUser", "--event", eventFile, "--endpoint", endpoint, "--env", "GAME_SCORES_BY_USER_TABLE=t", "--timeout", "3"], Timeout);

        Assert.Equal(1, exit);
        Assert.Contains("Task timed out after 3 seconds", stderr);
        Assert.InRange(watch.Elapsed.TotalSeconds, 3, 25);

        (exit, _, stderr) = await LabCommand.RunAsync(["invoke", "AggregateScoresByUser", "--event", eventFile, "--timeout", "31"], Timeout);
        Assert.Equal(2, exit);
        Assert.Contains("at most 30 seconds", stderr);
    }

    private static int ClosedPort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
