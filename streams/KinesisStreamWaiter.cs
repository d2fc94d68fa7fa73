namespace Lab.Streams;

public static class KinesisStreamWaiter
{
    /// <summary>Polls DescribeStreamSummary until the stream is ACTIVE; a timeout names the stream and its last status.</summary>
    public static async Task<KinesisStreamSummary> WaitUntilActiveAsync(this IKinesisClient client, string stream, TimeSpan timeout, CancellationToken ct = default)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (true)
        {
            var summary = await client.DescribeStreamSummaryAsync(stream, ct);
            if (summary.StreamStatus == "ACTIVE") return summary;
            if (DateTimeOffset.UtcNow >= deadline)
                throw new TimeoutException($"Kinesis stream '{stream}' is still {summary.StreamStatus} after {timeout.TotalSeconds:0.#} s.");
            await Task.Delay(50, ct);
        }
    }
}
