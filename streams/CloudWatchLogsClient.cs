using System.Text.Json;

namespace Lab.Streams;

/// <summary>CloudWatch Logs over the JSON 1.1 protocol (Logs_20140328), SigV4-signed for service "logs".</summary>
public sealed class CloudWatchLogsClient : ICloudWatchLogsClient
{
    private readonly AwsJsonTransport transport;

    public CloudWatchLogsClient(AwsClientOptions options) =>
        transport = new AwsJsonTransport(options, "logs", "logs", "Logs_20140328", "application/x-amz-json-1.1");

    public async Task<IReadOnlyList<LogEvent>> FilterLogEventsAsync(string logGroupName, DateTimeOffset? startTime = null, CancellationToken ct = default)
    {
        var events = new List<LogEvent>();
        string? token = null;
        do
        {
            var page = await transport.SendAsync("FilterLogEvents", w =>
            {
                w.WriteString("logGroupName", logGroupName);
                if (startTime is { } start) w.WriteNumber("startTime", start.ToUnixTimeMilliseconds());
                if (token is not null) w.WriteString("nextToken", token);
            }, ct);
            if (page.TryGetProperty("events", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                foreach (var e in list.EnumerateArray())
                {
                    events.Add(new LogEvent(
                        DateTimeOffset.FromUnixTimeMilliseconds(e.TryGetProperty("timestamp", out var ts) ? ts.GetInt64() : 0),
                        e.TryGetProperty("message", out var message) ? message.GetString() ?? "" : "",
                        e.TryGetProperty("logStreamName", out var stream) ? stream.GetString() : null));
                }
            }
            // FilterLogEvents may return a page with no events but a token: the search is not finished until the token is gone.
            token = page.TryGetProperty("nextToken", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
        } while (token is not null);
        return events;
    }
}
