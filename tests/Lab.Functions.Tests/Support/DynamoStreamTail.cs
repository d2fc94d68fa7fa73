using Lab.Streams;
using StreamRecord = Lab.Streams.DynamoDbStreamRecord;

namespace Lab.Functions.Tests.Support;

/// <summary>Reads a table's real DynamoDB stream from TRIM_HORIZON, remembering where each shard got to.</summary>
public sealed class DynamoStreamTail(IDynamoDbStreamsClient streams, string streamArn)
{
    private readonly Dictionary<string, string?> iterators = new();

    public string StreamArn => streamArn;

    /// <summary>Every record written since the last call, shard by shard in sequence order.</summary>
    public async Task<List<StreamRecord>> ReadNewAsync()
    {
        var description = await streams.DescribeStreamAsync(streamArn);
        var shards = description.Shards.ToList();
        var after = description.LastEvaluatedShardId;
        while (after is not null)
        {
            var page = await streams.DescribeStreamAsync(streamArn, after);
            shards.AddRange(page.Shards);
            after = page.LastEvaluatedShardId;
        }
        var records = new List<StreamRecord>();
        foreach (var shard in shards)
        {
            if (!iterators.TryGetValue(shard.ShardId, out var iterator))
            {
                iterator = await streams.GetShardIteratorAsync(streamArn, shard.ShardId, ShardIteratorType.TRIM_HORIZON);
            }
            while (iterator is not null)
            {
                var result = await streams.GetRecordsAsync(iterator);
                records.AddRange(result.Records);
                iterator = result.NextShardIterator;
                if (result.Records.Count == 0)
                {
                    break;
                }
            }
            iterators[shard.ShardId] = iterator;
        }
        return records;
    }
}
