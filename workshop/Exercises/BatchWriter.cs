using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Lab.Workshop.Exercises;

/// <summary>Counts what the capacity exercise is about: how often DynamoDB pushed back.</summary>
public sealed class ThrottleCounter
{
    private long throttledRequests;
    private long unprocessedRetries;

    public long ThrottledRequests => Interlocked.Read(ref throttledRequests);
    public long UnprocessedRetries => Interlocked.Read(ref unprocessedRetries);

    internal void Throttled() => Interlocked.Increment(ref throttledRequests);
    internal void Unprocessed() => Interlocked.Increment(ref unprocessedRetries);
}

/// <summary>BatchWriteItem (≤ 25 puts) until every item is written: UnprocessedItems and throttling are retried with jittered backoff.</summary>
public sealed class BatchWriter(IAmazonDynamoDB client, Backoff backoff, ThrottleCounter counter)
{
    public const int MaxBatch = 25;

    public async Task WriteAsync(string table, IReadOnlyList<Dictionary<string, AttributeValue>> items, CancellationToken ct)
    {
        if (items.Count > MaxBatch) throw new ArgumentException($"at most {MaxBatch} items per batch, got {items.Count}", nameof(items));
        var pending = new Dictionary<string, List<WriteRequest>>
        {
            [table] = items.Select(i => new WriteRequest(new PutRequest(i))).ToList(),
        };
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var response = await client.BatchWriteItemAsync(new BatchWriteItemRequest(pending), ct);
                if (response.UnprocessedItems is not { Count: > 0 } unprocessed) return;
                counter.Unprocessed();
                pending = unprocessed;
            }
            catch (Exception e) when (IsThrottle(e))
            {
                counter.Throttled();
            }
            if (attempt + 1 >= backoff.MaxAttempts)
                throw new WorkshopException($"table '{table}': {pending[table].Count} items still unwritten after {backoff.MaxAttempts} attempts of throttling; raise the table's (or its GSIs') write capacity or lower --concurrency.");
            await Task.Delay(backoff.Delay(attempt), ct);
        }
    }

    internal static bool IsThrottle(Exception e) =>
        e is ProvisionedThroughputExceededException or RequestLimitExceededException
        || e is AmazonDynamoDBException { ErrorCode: "ThrottlingException" or "ThrottlingError" };
}
