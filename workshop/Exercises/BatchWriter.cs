using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;

namespace Lab.Workshop.Exercises;

/// <summary>Counts what the capacity exercise is about: how often DynamoDB pushed back (and how often the service or the network failed).</summary>
public sealed class ThrottleCounter
{
    private long throttledRequests;
    private long unprocessedRetries;
    private long serverErrorRetries;
    private long networkErrorRetries;

    public long ThrottledRequests => Interlocked.Read(ref throttledRequests);
    public long UnprocessedRetries => Interlocked.Read(ref unprocessedRetries);
    public long ServerErrorRetries => Interlocked.Read(ref serverErrorRetries);
    public long NetworkErrorRetries => Interlocked.Read(ref networkErrorRetries);

    internal void Throttled() => Interlocked.Increment(ref throttledRequests);
    internal void Unprocessed() => Interlocked.Increment(ref unprocessedRetries);
    internal void ServerError() => Interlocked.Increment(ref serverErrorRetries);
    internal void NetworkError() => Interlocked.Increment(ref networkErrorRetries);
}

/// <summary>
/// BatchWriteItem (≤ 25 puts) until every item is written: UnprocessedItems, throttling, 5xx answers and network
/// failures are all retried with the same jittered backoff (the SDK's own retries are off, so each is counted), as
/// AWS advises for all of these (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html#Programming.Errors.RetryAndBackoff).
/// </summary>
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
        var last = "";
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
                last = "throttling";
            }
            catch (Exception e) when (IsServerError(e))
            {
                counter.ServerError();
                last = $"server errors ({((AmazonServiceException)e).StatusCode:D} {((AmazonServiceException)e).ErrorCode})";
            }
            catch (Exception e) when (IsNetworkError(e, ct))
            {
                counter.NetworkError();
                last = $"network errors ({e.GetBaseException().Message})";
            }
            if (attempt + 1 >= backoff.MaxAttempts)
                throw new WorkshopException(last == "throttling"
                    ? $"table '{table}': {pending[table].Count} items still unwritten after {backoff.MaxAttempts} attempts of throttling; raise the table's (or its GSIs') write capacity or lower --concurrency."
                    : $"table '{table}': {pending[table].Count} items still unwritten after {backoff.MaxAttempts} attempts, the last ones failing with {last}; check that the endpoint is up and try again.");
            await Task.Delay(backoff.Delay(attempt), ct);
        }
    }

    internal static bool IsServerError(Exception e) =>
        e is AmazonServiceException { StatusCode: >= System.Net.HttpStatusCode.InternalServerError } && !IsThrottle(e);

    // The connection failed or broke (the SDK wraps it, or lets an HttpRequestException/IOException through); a
    // cancellation the caller asked for is not one.
    internal static bool IsNetworkError(Exception e, CancellationToken ct) =>
        !ct.IsCancellationRequested && (e is HttpRequestException or IOException or System.Net.Sockets.SocketException or TaskCanceledException
            || e is Amazon.Runtime.AmazonClientException && e.GetBaseException() is HttpRequestException or IOException or System.Net.Sockets.SocketException);

    internal static bool IsThrottle(Exception e) =>
        e is ProvisionedThroughputExceededException or RequestLimitExceededException
        || e is AmazonDynamoDBException { ErrorCode: "ThrottlingException" or "ThrottlingError" };
}
