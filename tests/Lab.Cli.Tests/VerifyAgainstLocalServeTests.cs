using System.Text.Json;
using Lab.Streams;

namespace Lab.Cli.Tests;

/// <summary>
/// `lab verify` pointed at the outputs of a local run: `lab local --serve` deploys the gameScores lab into the
/// local engines and serves Lambda and CloudWatch Logs; verify reaches all of it through the AWS endpoint variables.
/// </summary>
public sealed class VerifyAgainstLocalServeTests(ServedLocalStack served) : IClassFixture<ServedLocalStack>
{
    private static readonly TimeSpan VerifyTimeout = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task Verify_runs_the_gameScores_scenario_against_the_served_stack_and_passes()
    {
        var report = Path.Combine(served.Directory, "gameScores-report.json");
        var (exit, stdout, stderr) = await LabCommand.RunAsync(
            ["verify", "--outputs", served.OutputsPath, "--lab", "gameScores", "--report", report], VerifyTimeout, served.Environment);

        Assert.True(exit == 0, $"exit {exit}\n{stdout}\n{stderr}");
        var rows = ReadReport(report);
        Assert.All(rows, row => Assert.Equal("gameScores", row.Lab));
        Assert.All(rows, row => Assert.True(row.Pass, $"{row.Check}: expected {row.Expected}, actual {row.Actual}"));
        Assert.Equal(
            ["event source mappings are Enabled (polling)", "seed test event: GameScoresByUser[Jane Doe].Score", "mixed batch: alice's total", "mixed batch: bob's total",
             "users with totals (bad records skipped)", "bad records reported in the function's log"],
            rows.Select(r => r.Check));
        // The log check can only pass through the served FilterLogEvents: the handler ran in the server's process.
        Assert.Equal("2", rows.Single(r => r.Check == "bad records reported in the function's log").Actual);
        Assert.Equal("1 of 1 Enabled", rows[0].Actual);
        Assert.Contains("6 of 6 checks passed", stdout);
    }

    [Fact]
    public async Task A_lab_missing_from_the_outputs_is_a_failing_check_not_a_crash()
    {
        var report = Path.Combine(served.Directory, "tourney-report.json");
        var (exit, stdout, stderr) = await LabCommand.RunAsync(
            ["verify", "--outputs", served.OutputsPath, "--lab", "tourney", "--report", report], VerifyTimeout, served.Environment);

        Assert.True(exit == 1, $"exit {exit}\n{stdout}\n{stderr}");
        var row = Assert.Single(ReadReport(report));
        Assert.Equal(("tourney", "lab is in the stack outputs", false), (row.Lab, row.Check, row.Pass));
        Assert.Contains("missing", row.Actual);
        Assert.DoesNotContain("Exception", stderr);
    }

    [Fact]
    public async Task The_served_Lambda_endpoint_invokes_by_physical_name_and_rejects_unknown_functions()
    {
        var lambda = new LambdaClient(Options("AWS_ENDPOINT_URL_LAMBDA"));
        var missing = await Assert.ThrowsAsync<AwsServiceException>(() => lambda.InvokeAsync("NoSuchFunction-x", "{}"));
        Assert.Equal(("ResourceNotFoundException", 404), (missing.ErrorType, (int)missing.StatusCode));

        // A stream event the handler cannot read fails inside the function: Lambda reports that as 200 with X-Amz-Function-Error.
        var name = JsonDocument.Parse(await File.ReadAllTextAsync(served.OutputsPath)).RootElement
            .GetProperty("gameScores").GetProperty("functions").GetProperty("AggregateScoresByUser").GetProperty("name").GetString()!;
        var failed = await lambda.InvokeAsync(name, "\"not an event\"");
        Assert.Equal((200, "Unhandled"), (failed.StatusCode, failed.FunctionError));
        Assert.Contains("errorMessage", failed.Payload);
    }

    [Fact]
    public async Task The_served_Lambda_endpoint_lists_a_functions_event_source_mappings_as_Enabled()
    {
        var lambda = new LambdaClient(Options("AWS_ENDPOINT_URL_LAMBDA"));
        var outputs = JsonDocument.Parse(await File.ReadAllTextAsync(served.OutputsPath)).RootElement.GetProperty("gameScores");
        var name = outputs.GetProperty("functions").GetProperty("AggregateScoresByUser").GetProperty("name").GetString()!;
        var streamArn = outputs.GetProperty("tables").GetProperty("GameScoreRecords").GetProperty("streamArn").GetString()!;

        var mapping = Assert.Single(await lambda.ListEventSourceMappingsAsync(name));
        Assert.Equal((streamArn, "Enabled"), (mapping.EventSourceArn, mapping.State));
        var missing = await Assert.ThrowsAsync<AwsServiceException>(() => lambda.ListEventSourceMappingsAsync("NoSuchFunction-x"));
        Assert.Equal("ResourceNotFoundException", missing.ErrorType);
    }

    [Fact]
    public async Task The_served_Lambda_endpoint_refuses_a_body_over_Lambdas_6_MB_limit_with_413_without_reading_it()
    {
        // A raw request announcing 150 MB but sending 1 KB: the answer must come from the headers alone.
        var endpoint = new Uri(served.Environment["AWS_ENDPOINT_URL_LAMBDA"]);
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(endpoint.Host, endpoint.Port);
        var stream = tcp.GetStream();
        var head = $"POST /2015-03-31/functions/any/invocations HTTP/1.1\r\nHost: {endpoint.Authority}\r\nContent-Type: application/json\r\nContent-Length: {150 * 1024 * 1024}\r\n\r\n";
        await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(head));
        await stream.WriteAsync(new byte[1024]);
        using var reader = new StreamReader(stream);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));

        var status = await reader.ReadLineAsync(timeout.Token);

        Assert.StartsWith("HTTP/1.1 413", status);
        // ... and the server is still serving.
        var lambda = new LambdaClient(Options("AWS_ENDPOINT_URL_LAMBDA"));
        await Assert.ThrowsAsync<AwsServiceException>(() => lambda.InvokeAsync("NoSuchFunction-x", "{}"));
    }

    [Fact]
    public async Task The_served_logs_endpoint_rejects_an_unknown_log_group()
    {
        var logs = new CloudWatchLogsClient(Options("AWS_ENDPOINT_URL_CLOUDWATCH_LOGS"));
        var error = await Assert.ThrowsAsync<AwsServiceException>(() => logs.FilterLogEventsAsync("/aws/lambda/NoSuchFunction-x"));
        Assert.Equal("ResourceNotFoundException", error.ErrorType);
        Assert.Contains("/aws/lambda/NoSuchFunction-x", error.ErrorMessage);
    }

    private AwsClientOptions Options(string endpointVariable) =>
        new() { ServiceUrl = served.Environment[endpointVariable], Region = served.Environment["AWS_REGION"], Credentials = AwsCredentials.LocalDummy };

    private static List<ReportRow> ReadReport(string path) =>
        JsonSerializer.Deserialize<List<ReportRow>>(File.ReadAllText(path), new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
        ?? throw new InvalidOperationException($"{path} is not a report.");

    private sealed record ReportRow(string Lab, string Check, string Expected, string Actual, bool Pass);
}
