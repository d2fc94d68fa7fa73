using Lab.Local.Deployment;

namespace Lab.Local.Emulation;

/// <summary>
/// Runs every declared event source mapping against the local engines until stopped: one poller per
/// shard (shards run concurrently, each in order), new shards picked up as they appear.
/// </summary>
public sealed class EventSourceMappingEmulator(LocalEngines engines, LocalDeployment deployment, IFunctionRunner host) : IAsyncDisposable
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);
    private const int QuietPollsForIdle = 5;

    private readonly CancellationTokenSource _stop = new();
    private readonly List<(DeclaredMapping Mapping, BatchDelivery Delivery, List<ShardPoller> Pollers)> _running = [];
    private readonly List<Task> _tasks = [];
    private readonly Lock _gate = new();

    /// <summary>Starts a poller for every shard of every mapping, at each mapping's starting position.</summary>
    public async Task StartAsync()
    {
        foreach (var mapping in deployment.Mappings)
        {
            var function = deployment.FunctionByArn(mapping.FunctionArn);
            IShardReader reader = mapping.IsKinesis
                ? new KinesisShardReader(engines.Kinesis, mapping.EventSourceArn, $"arn:aws:iam::000000000000:role/{function.PhysicalName}")
                : new DynamoDbShardReader(engines.DynamoDbStreams, mapping.EventSourceArn);
            var delivery = new BatchDelivery(mapping, function, host, deployment, reader);
            var pollers = new List<ShardPoller>();
            lock (_gate) _running.Add((mapping, delivery, pollers));
            foreach (var shard in await reader.ShardIdsAsync(_stop.Token))
                StartPoller(mapping, reader, delivery, pollers, shard, mapping.StartingPosition);
            lock (_gate) _tasks.Add(Task.Run(() => WatchForNewShardsAsync(mapping, reader, delivery, pollers)));
        }
        // LATEST means "after the position taken at start": return only once every shard holds one.
        await Task.WhenAll(SnapshotPollers().Select(p => p.Poller.Positioned));
    }

    public IReadOnlyList<(string Mapping, int Delivered, int Retries, int Bisections, int Discarded)> Statistics()
    {
        lock (_gate)
            return _running.Select(r => (r.Mapping.Name, r.Pollers.Sum(p => p.RecordsHandled) - r.Delivery.DiscardedRecords, r.Delivery.Retries, r.Delivery.Bisections, r.Delivery.DiscardedBatches)).ToList();
    }

    /// <summary>
    /// Waits until every shard poller has found nothing to do for several polls in a row, counted from
    /// now, so that records written before the call have been delivered (and what they caused downstream).
    /// </summary>
    public async Task WaitForIdleAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var since = Snapshot();
        while (true)
        {
            ThrowIfFaulted();
            var pollers = SnapshotPollers();
            var idle = pollers.All(p => p.Poller.Finished
                || (p.Poller.Generation >= since.GetValueOrDefault(p.Poller, 0) + QuietPollsForIdle && p.Poller.QuietPolls >= QuietPollsForIdle));
            if (idle) return;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Event source mappings still busy after {timeout.TotalSeconds:0} s: " +
                    string.Join(", ", pollers.Where(p => p.Poller.QuietPolls < QuietPollsForIdle).Select(p => $"{p.Mapping}/{p.Poller.ShardId}")));
            await Task.Delay(PollInterval);
        }
    }

    private Dictionary<ShardPoller, long> Snapshot() => SnapshotPollers().ToDictionary(p => p.Poller, p => p.Poller.Generation);

    private List<(string Mapping, ShardPoller Poller)> SnapshotPollers()
    {
        lock (_gate) return _running.SelectMany(r => r.Pollers.Select(p => (r.Mapping.Name, p))).ToList();
    }

    private void ThrowIfFaulted()
    {
        Task? faulted;
        lock (_gate) faulted = _tasks.FirstOrDefault(t => t.IsFaulted);
        if (faulted is not null) throw new InvalidOperationException($"An event source mapping stopped: {(faulted.Exception!.InnerException ?? faulted.Exception).Message}", faulted.Exception);
    }

    private void StartPoller(DeclaredMapping mapping, IShardReader reader, BatchDelivery delivery, List<ShardPoller> pollers, string shardId, string position)
    {
        var poller = new ShardPoller(shardId, reader, delivery, mapping.BatchSize,
            TimeSpan.FromSeconds(mapping.MaximumBatchingWindowInSeconds), mapping.ParallelizationFactor, PollInterval);
        lock (_gate)
        {
            pollers.Add(poller);
            _tasks.Add(Task.Run(async () =>
            {
                try
                {
                    await poller.RunAsync(position, _stop.Token);
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    throw new InvalidOperationException($"{mapping.Name}, shard {shardId}: {error.Message}", error);
                }
            }));
        }
    }

    // Shards that appear later (a split, a rotated DynamoDB stream shard) are read from their start.
    private async Task WatchForNewShardsAsync(DeclaredMapping mapping, IShardReader reader, BatchDelivery delivery, List<ShardPoller> pollers)
    {
        while (!_stop.IsCancellationRequested)
        {
            await Task.Delay(TimeSpan.FromSeconds(1), _stop.Token).ContinueWith(_ => { });
            if (_stop.IsCancellationRequested) return;
            HashSet<string> known;
            lock (_gate) known = pollers.Select(p => p.ShardId).ToHashSet();
            foreach (var shard in await reader.ShardIdsAsync(_stop.Token))
                if (!known.Contains(shard)) StartPoller(mapping, reader, delivery, pollers, shard, "TRIM_HORIZON");
        }
    }

    private int _disposed;

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        await _stop.CancelAsync();
        Task[] tasks;
        lock (_gate) tasks = [.. _tasks];
        try { await Task.WhenAll(tasks); }
        catch (OperationCanceledException) { }
        catch (Exception) when (_stop.IsCancellationRequested) { }
        _stop.Dispose();
    }
}
