using System.Text.Json;
using Lab.Local.Deployment;

namespace Lab.Local.Emulation;

/// <summary>
/// Delivers one batch the way Lambda's event source mapping does: partial batch responses resume from
/// the first failed record, errors retry up to MaximumRetryAttempts (bisecting first when enabled), and a
/// batch that runs out of retries goes to the on-failure destination so the shard moves on.
/// </summary>
public sealed class BatchDelivery(DeclaredMapping mapping, DeclaredFunction function, IFunctionRunner host, LocalDeployment deployment, IShardReader reader)
{
    /// <summary>Unbounded retries (-1) still end here locally, so a stuck batch fails the run instead of hanging it.</summary>
    public const int LocalRetryCeiling = 50;

    private int _retries, _bisections, _discarded, _discardedRecords;

    public int Retries => _retries;
    public int Bisections => _bisections;
    public int DiscardedBatches => _discarded;
    public int DiscardedRecords => _discardedRecords;

    public Task DeliverAsync(string shardId, IReadOnlyList<PolledRecord> batch, CancellationToken ct) =>
        DeliverAsync(shardId, batch, attempt: 0, ct);

    private async Task DeliverAsync(string shardId, IReadOnlyList<PolledRecord> batch, int attempt, CancellationToken ct)
    {
        while (batch.Count > 0)
        {
            ct.ThrowIfCancellationRequested();
            var result = await host.InvokeAsync(function, reader.EventJson(shardId, batch));
            IReadOnlyList<PolledRecord> failedFrom;
            if (result.Succeeded)
            {
                var firstFailure = mapping.ReportBatchItemFailures ? FirstFailedIndex(result.ResponseJson, batch) : -1;
                if (firstFailure < 0) return;
                failedFrom = batch.Skip(firstFailure).ToList();
            }
            else if (mapping.BisectBatchOnFunctionError && batch.Count > 1)
            {
                Interlocked.Increment(ref _bisections);
                var half = batch.Count / 2;
                await DeliverAsync(shardId, batch.Take(half).ToList(), attempt, ct);
                await DeliverAsync(shardId, batch.Skip(half).ToList(), attempt, ct);
                return;
            }
            else
            {
                failedFrom = batch;
            }

            attempt++;
            var limit = mapping.MaximumRetryAttempts < 0 ? LocalRetryCeiling : Math.Min(mapping.MaximumRetryAttempts, LocalRetryCeiling);
            if (attempt > limit)
            {
                Discard(shardId, failedFrom, result.Error ?? "batch item failures", attempt);
                return;
            }
            Interlocked.Increment(ref _retries);
            batch = failedFrom;
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(200, 10 * attempt)), ct);
        }
    }

    private void Discard(string shardId, IReadOnlyList<PolledRecord> records, string reason, int attempts)
    {
        Interlocked.Increment(ref _discarded);
        Interlocked.Add(ref _discardedRecords, records.Count);
        var message = JsonSerializer.Serialize(new
        {
            requestContext = new { functionArn = function.Arn, condition = "RetryAttemptsExhausted", approximateInvokeCount = attempts },
            responseContext = new { functionError = reason },
            batchInfo = new
            {
                shardId,
                startSequenceNumber = records[0].SequenceNumber,
                endSequenceNumber = records[^1].SequenceNumber,
                batchSize = records.Count,
                eventSourceArn = mapping.EventSourceArn,
            },
        });
        if (mapping.OnFailureDestinationArn is { } destination) deployment.SendToFailureDestination(destination, message);
        else deployment.SendToFailureDestination($"(dropped by {mapping.Name})", message);
    }

    // {"batchItemFailures":[{"itemIdentifier":"<sequence number>"}]}: Lambda resumes from the lowest one.
    private static int FirstFailedIndex(string? responseJson, IReadOnlyList<PolledRecord> batch)
    {
        if (string.IsNullOrEmpty(responseJson)) return -1;
        using var document = JsonDocument.Parse(responseJson);
        if (document.RootElement.ValueKind != JsonValueKind.Object
            || !document.RootElement.TryGetProperty("batchItemFailures", out var failures)
            || failures.ValueKind != JsonValueKind.Array)
            return -1;
        var failed = new HashSet<string>();
        foreach (var failure in failures.EnumerateArray())
        {
            // Lambda fails the whole batch for an entry without a usable itemIdentifier (null, empty, wrong key name).
            if (failure.ValueKind != JsonValueKind.Object || !failure.TryGetProperty("itemIdentifier", out var id)
                || id.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(id.GetString()))
                return 0;
            failed.Add(id.GetString()!);
        }
        if (failed.Count == 0) return -1;
        for (var i = 0; i < batch.Count; i++)
            if (failed.Contains(batch[i].SequenceNumber)) return i;
        // An identifier that is not in the batch fails the whole batch, as Lambda does.
        return 0;
    }
}
