using Amazon.Lambda.Core;
using Lab.Functions.EventDriven;
using Lab.Functions.Shared.Events;
using Lab.Functions.Tests.Support;
using Lab.Streams;

namespace Lab.Functions.Tests.EventDriven;

/// <summary>
/// A small stand-in for the event source mappings of the event-driven lab: reads IncomingDataStream (Kinesis) and
/// the StateTable and ReduceTable streams for real, hands each batch to its function and, like Lambda, redelivers
/// the very same batch until the function succeeds. Rounds: one Kinesis batch per shard → StateLambda, then the
/// new StateTable records → MapLambda, then the new ReduceTable records → ReduceLambda.
/// </summary>
public sealed class PipelineDriver
{
    private const int KinesisBatchSize = 100;   // StateLambda's mapping
    private const int MapBatchSize = 10_000;    // MapLambda's mapping
    private const int ReduceBatchSize = 1_000;  // ReduceLambda's mapping
    private const int MaxDeliveries = 100;

    private readonly IKinesisClient kinesis;
    private readonly string stream;
    private readonly string streamArn;
    private readonly DynamoStreamTail stateTail;
    private readonly DynamoStreamTail reduceTail;
    private readonly StateLambda state;
    private readonly MapLambda map;
    private readonly ReduceLambda reduce;
    private readonly Dictionary<string, string?> kinesisIterators = new();

    public PipelineDriver(IKinesisClient kinesis, string stream, string streamArn, DynamoStreamTail stateTail, DynamoStreamTail reduceTail,
        StateLambda state, MapLambda map, ReduceLambda reduce)
    {
        this.kinesis = kinesis;
        this.stream = stream;
        this.streamArn = streamArn;
        this.stateTail = stateTail;
        this.reduceTail = reduceTail;
        this.state = state;
        this.map = map;
        this.reduce = reduce;
    }

    public Dictionary<string, int> Invocations { get; } = new() { ["StateLambda"] = 0, ["MapLambda"] = 0, ["ReduceLambda"] = 0 };
    public Dictionary<string, int> Failures { get; } = new() { ["StateLambda"] = 0, ["MapLambda"] = 0, ["ReduceLambda"] = 0 };

    public async Task RunUntilDrainedAsync()
    {
        while (true)
        {
            var kinesisRecords = await DeliverKinesisRoundAsync();
            var mapRecords = await DeliverDynamoAsync(stateTail, MapBatchSize, "MapLambda", (e, c) => map.FunctionHandler(e, c));
            var reduceRecords = await DeliverDynamoAsync(reduceTail, ReduceBatchSize, "ReduceLambda", (e, c) => reduce.FunctionHandler(e, c));
            if (kinesisRecords + mapRecords + reduceRecords == 0)
            {
                return;
            }
        }
    }

    private async Task<int> DeliverKinesisRoundAsync()
    {
        var delivered = 0;
        foreach (var shard in await kinesis.ListShardsAsync(stream))
        {
            if (!kinesisIterators.TryGetValue(shard.ShardId, out var iterator))
            {
                iterator = await kinesis.GetShardIteratorAsync(stream, shard.ShardId, ShardIteratorType.TRIM_HORIZON);
            }
            if (iterator is null)
            {
                continue;
            }
            var page = await kinesis.GetRecordsAsync(iterator, KinesisBatchSize);
            kinesisIterators[shard.ShardId] = page.NextShardIterator;
            if (page.Records.Count == 0)
            {
                continue;
            }
            var json = LambdaEventJson.ForKinesis(page.Records, shard.ShardId, streamArn, "us-east-1", "arn:aws:iam::000000000000:role/StateLambda");
            await DeliverUntilSuccessAsync("StateLambda", c => state.FunctionHandler(Events.Serializer.DeserializeText<KinesisEvent>(json), c));
            delivered += page.Records.Count;
        }
        return delivered;
    }

    private async Task<int> DeliverDynamoAsync(DynamoStreamTail tail, int batchSize, string function,
        Func<DynamoDbStreamEvent, ILambdaContext, Task<PipelineResult>> handler)
    {
        var records = await tail.ReadNewAsync();
        foreach (var batch in records.Chunk(batchSize))
        {
            var json = LambdaEventJson.ForDynamoDbStream(batch, tail.StreamArn);
            await DeliverUntilSuccessAsync(function, c => handler(Events.Serializer.DeserializeText<DynamoDbStreamEvent>(json), c));
        }
        return records.Count;
    }

    /// <summary>Lambda retries a failed stream batch, unchanged, until it succeeds (these mappings have unbounded retries).</summary>
    private async Task DeliverUntilSuccessAsync(string function, Func<ILambdaContext, Task<PipelineResult>> invoke)
    {
        for (var delivery = 1; ; delivery++)
        {
            Invocations[function]++;
            try
            {
                await invoke(TestContext.For(function).Context);
                return;
            }
            catch (InjectedFailureException) when (delivery < MaxDeliveries)
            {
                Failures[function]++;
            }
        }
    }
}
