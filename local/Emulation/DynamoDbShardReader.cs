using Lab.Streams;

namespace Lab.Local.Emulation;

public sealed class DynamoDbShardReader(IDynamoDbStreamsClient client, string streamArn) : IShardReader
{
    public async Task<IReadOnlyList<string>> ShardIdsAsync(CancellationToken ct)
    {
        var shards = new List<DynamoDbStreamShard>();
        string? after = null;
        do
        {
            var page = await client.DescribeStreamAsync(streamArn, after, ct: ct);
            shards.AddRange(page.Shards);
            after = page.LastEvaluatedShardId;
        } while (after is not null);
        return ParentsFirst(shards.Select(s => (s.ShardId, s.ParentShardId)));
    }

    public Task<string> IteratorAsync(string shardId, string startingPosition, CancellationToken ct) =>
        client.GetShardIteratorAsync(streamArn, shardId, Enum.Parse<ShardIteratorType>(startingPosition), ct: ct);

    public Task<string> IteratorAfterAsync(string shardId, string sequenceNumber, CancellationToken ct) =>
        client.GetShardIteratorAsync(streamArn, shardId, ShardIteratorType.AFTER_SEQUENCE_NUMBER, sequenceNumber, ct: ct);

    public async Task<(IReadOnlyList<PolledRecord> Records, string? Next)> ReadAsync(string iterator, CancellationToken ct)
    {
        var result = await client.GetRecordsAsync(iterator, ct: ct);
        return (result.Records.Select(r => new PolledRecord(r.SequenceNumber, r.Keys?.GetRawText() ?? r.EventId, r)).ToList(), result.NextShardIterator);
    }

    public string EventJson(string shardId, IReadOnlyList<PolledRecord> records) =>
        LambdaEventJson.ForDynamoDbStream(records.Select(r => (DynamoDbStreamRecord)r.Source), streamArn);

    internal static IReadOnlyList<string> ParentsFirst(IEnumerable<(string Id, string? Parent)> shards)
    {
        var list = shards.ToList();
        var known = list.Select(s => s.Id).ToHashSet();
        var ordered = new List<string>();
        var placed = new HashSet<string>();
        while (ordered.Count < list.Count)
        {
            var ready = list.Where(s => !placed.Contains(s.Id) && (s.Parent is null || !known.Contains(s.Parent) || placed.Contains(s.Parent))).ToList();
            if (ready.Count == 0) throw new InvalidOperationException("Stream shards form a cycle of parents; cannot order them.");
            foreach (var shard in ready) { ordered.Add(shard.Id); placed.Add(shard.Id); }
        }
        return ordered;
    }
}
