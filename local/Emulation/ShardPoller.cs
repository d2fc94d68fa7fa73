using Lab.Streams;

namespace Lab.Local.Emulation;

/// <summary>
/// One shard of one event source mapping: reads in order, gathers a batch (batch size or batching
/// window, whichever comes first), delivers it, and only then reads on, so records of a shard are
/// processed in order. With a parallelization factor above 1, a batch is split into lanes by
/// partition key and the lanes run concurrently, keeping the order within each key.
/// </summary>
public sealed class ShardPoller(string shardId, IShardReader reader, BatchDelivery delivery, int batchSize, TimeSpan batchingWindow,
    int parallelizationFactor, TimeSpan pollInterval)
{
    private long _generation;
    private long _lastActiveGeneration;
    private readonly TaskCompletionSource _positioned = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string ShardId { get; } = shardId;
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>Consecutive polls that found nothing to do.</summary>
    public long QuietPolls => Generation - Interlocked.Read(ref _lastActiveGeneration);

    /// <summary>Records handed to delivery, including any that ran out of retries.</summary>
    public int RecordsHandled { get; private set; }

    /// <summary>Completes once the poller holds its starting position, so later writes are seen even from LATEST.</summary>
    public Task Positioned => _positioned.Task;
    public bool Finished { get; private set; }

    public async Task RunAsync(string startingPosition, CancellationToken ct)
    {
        string? iterator;
        try
        {
            iterator = await reader.IteratorAsync(ShardId, startingPosition, ct);
            _positioned.TrySetResult();
        }
        catch (Exception error)
        {
            _positioned.TrySetException(error);
            throw;
        }
        var buffer = new List<PolledRecord>();
        var firstBuffered = DateTime.MinValue;
        string? lastSequence = null;
        while (!ct.IsCancellationRequested && iterator is not null)
        {
            IReadOnlyList<PolledRecord> records;
            try
            {
                (records, var next) = await reader.ReadAsync(iterator, ct);
                iterator = next;
            }
            catch (AwsServiceException error) when (error.ErrorType == "TrimmedDataAccessException")
            {
                // DynamoDB Local numbers stream records across all tables, so an iterator taken at an empty
                // shard's trim horizon can point before the shard's first record once it gets one. Resume
                // where this shard's delivery stands, as a consumer of a trimmed shard does.
                iterator = lastSequence is null
                    ? await reader.IteratorAsync(ShardId, "TRIM_HORIZON", ct)
                    : await reader.IteratorAfterAsync(ShardId, lastSequence, ct);
                continue;
            }
            if (records.Count > 0 && buffer.Count == 0) firstBuffered = DateTime.UtcNow;
            buffer.AddRange(records);
            if (records.Count > 0) lastSequence = records[^1].SequenceNumber;
            if (buffer.Count == 0)
            {
                Interlocked.Increment(ref _generation);
                await Task.Delay(pollInterval, ct);
                continue;
            }

            MarkActive();
            var windowOpen = iterator is not null && DateTime.UtcNow - firstBuffered < batchingWindow;
            while (buffer.Count >= batchSize || (buffer.Count > 0 && !windowOpen))
            {
                var batch = buffer.Take(batchSize).ToList();
                buffer.RemoveRange(0, batch.Count);
                await DeliverAsync(batch, ct);
                RecordsHandled += batch.Count;
                MarkActive();
            }
            if (buffer.Count > 0) await Task.Delay(pollInterval, ct);  // the batching window is still filling
        }
        Finished = true;
    }

    private Task DeliverAsync(IReadOnlyList<PolledRecord> batch, CancellationToken ct)
    {
        if (parallelizationFactor <= 1) return delivery.DeliverAsync(ShardId, batch, ct);
        var lanes = batch.GroupBy(record => (uint)StableHash(record.LaneKey) % (uint)parallelizationFactor)
            .Select(lane => delivery.DeliverAsync(ShardId, lane.ToList(), ct));
        return Task.WhenAll(lanes);
    }

    private void MarkActive()
    {
        var generation = Interlocked.Increment(ref _generation);
        Interlocked.Exchange(ref _lastActiveGeneration, generation);
    }

    private static int StableHash(string key)
    {
        unchecked
        {
            var hash = (int)2166136261;
            foreach (var c in key) hash = (hash ^ c) * 16777619;
            return hash;
        }
    }
}
