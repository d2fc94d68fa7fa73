namespace Lab.Streams;

/// <summary>The DynamoDB Streams calls the labs need; the one place AWSSDK.DynamoDBStreams would plug in.</summary>
public interface IDynamoDbStreamsClient
{
    /// <summary>The region the client signs for.</summary>
    string Region { get; }

    /// <summary>One page of the stream's shards, starting after <paramref name="exclusiveStartShardId"/>.</summary>
    Task<DynamoDbStreamDescription> DescribeStreamAsync(string streamArn, string? exclusiveStartShardId = null, int? limit = null, CancellationToken ct = default);
    /// <summary>AT_TIMESTAMP is not supported by DynamoDB Streams.</summary>
    Task<string> GetShardIteratorAsync(string streamArn, string shardId, ShardIteratorType type, string? sequenceNumber = null, CancellationToken ct = default);
    Task<DynamoDbStreamGetRecordsResult> GetRecordsAsync(string shardIterator, int? limit = null, CancellationToken ct = default);
}
