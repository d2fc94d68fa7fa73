using Lab.Streams;

namespace Lab.Local.Emulation;

public sealed class KinesisShardReader(IKinesisClient client, string streamArn, string invokeIdentityArn) : IShardReader
{
    public async Task<IReadOnlyList<string>> ShardIdsAsync(CancellationToken ct) =>
        DynamoDbShardReader.ParentsFirst((await client.ListShardsAsync(streamArn, ct)).Select(s => (s.ShardId, s.ParentShardId)));

    public Task<string> IteratorAsync(string shardId, string startingPosition, CancellationToken ct) =>
        client.GetShardIteratorAsync(streamArn, shardId, Enum.Parse<ShardIteratorType>(startingPosition), ct: ct);

    public Task<string> IteratorAfterAsync(string shardId, string sequenceNumber, CancellationToken ct) =>
        client.GetShardIteratorAsync(streamArn, shardId, ShardIteratorType.AFTER_SEQUENCE_NUMBER, sequenceNumber, ct: ct);

    public async Task<(IReadOnlyList<PolledRecord> Records, string? Next)> ReadAsync(string iterator, CancellationToken ct)
    {
        var result = await client.GetRecordsAsync(iterator, ct: ct);
        return (result.Records.Select(r => new PolledRecord(r.SequenceNumber, r.PartitionKey, r)).ToList(), result.NextShardIterator);
    }

    public string EventJson(string shardId, IReadOnlyList<PolledRecord> records) =>
        LambdaEventJson.ForKinesis(records.Select(r => (KinesisRecord)r.Source), shardId, streamArn, client.Region, invokeIdentityArn);
}
