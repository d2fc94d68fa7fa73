namespace Lab.Streams;

/// <summary>The one CloudWatch Logs call `lab verify` needs; the one place AWSSDK.CloudWatchLogs would plug in.</summary>
public interface ICloudWatchLogsClient
{
    /// <summary>Every event of the log group at or after <paramref name="startTime"/>, following nextToken.</summary>
    Task<IReadOnlyList<LogEvent>> FilterLogEventsAsync(string logGroupName, DateTimeOffset? startTime = null, CancellationToken ct = default);
}

public sealed record LogEvent(DateTimeOffset Timestamp, string Message, string? LogStreamName);
