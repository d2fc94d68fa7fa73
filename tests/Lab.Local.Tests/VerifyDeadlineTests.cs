using System.Net;
using System.Net.Sockets;
using Lab.Local;
using Lab.Scenarios;

namespace Lab.Local.Tests;

/// <summary>`lab verify` reading a function's logs from an endpoint whose FilterLogEvents never stops paging ends at its deadline.</summary>
public sealed class VerifyDeadlineTests
{
    [Fact]
    public async Task Reading_logs_from_an_endpoint_that_pages_forever_stops_at_the_deadline_with_a_clear_error()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        using var endless = new HttpListener();
        endless.Prefixes.Add($"http://127.0.0.1:{port}/");
        endless.Start();
        var pages = 0;
        _ = Task.Run(async () =>
        {
            while (endless.IsListening)
            {
                var context = await endless.GetContextAsync();
                Interlocked.Increment(ref pages);
                var body = """{"events":[],"nextToken":"more"}"""u8.ToArray();
                context.Response.ContentType = "application/x-amz-json-1.1";
                await context.Response.OutputStream.WriteAsync(body);
                context.Response.Close();
            }
        });
        var outputs = StackOutputs.Parse("""{"region":"us-east-1","kinesis":{"functions":{"ProcessKinesisRecords":{"name":"ProcessKinesisRecords-a-beef","arn":"x"}}}}""", "test");
        var environment = new Dictionary<string, string>
        {
            ["AWS_ACCESS_KEY_ID"] = "local", ["AWS_SECRET_ACCESS_KEY"] = "local", ["AWS_REGION"] = "us-east-1",
            ["AWS_ENDPOINT_URL"] = $"http://127.0.0.1:{port}",
        };
        var previous = VerifyTarget.LogsDeadline;
        VerifyTarget.LogsDeadline = TimeSpan.FromSeconds(2);
        try
        {
            using var target = await VerifyTarget.CreateAsync(outputs, key => environment.GetValueOrDefault(key), _ => { });
            var watch = System.Diagnostics.Stopwatch.StartNew();

            var error = await Assert.ThrowsAsync<TimeoutException>(() => target.LogsAsync("kinesis", "ProcessKinesisRecords"));

            Assert.Contains("FilterLogEvents on /aws/lambda/ProcessKinesisRecords-a-beef was still paging after 2 s", error.Message);
            Assert.InRange(watch.Elapsed.TotalSeconds, 1.5, 10);
            Assert.True(pages > 1);
        }
        finally
        {
            VerifyTarget.LogsDeadline = previous;
        }
    }
}
