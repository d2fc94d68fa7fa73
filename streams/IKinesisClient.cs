namespace Lab.Streams;

/// <summary>The Kinesis calls the labs need; the one place AWSSDK.Kinesis would plug in.</summary>
/// <remarks>Every <c>stream</c> parameter takes a stream name or a stream ARN.</remarks>
public interface IKinesisClient
{
    /// <summary>The region the client signs for.</summary>
    string Region { get; }

    Task CreateStreamAsync(string streamName, int shardCount, CancellationToken ct = default);
    Task DeleteStreamAsync(string streamName, CancellationToken ct = default);
    Task<KinesisStreamSummary> DescribeStreamSummaryAsync(string stream, CancellationToken ct = default);
    Task<KinesisPutRecordsResult> PutRecordsAsync(string stream, IReadOnlyList<KinesisPutRecord> records, CancellationToken ct = default);
    /// <summary>All shards, following NextToken.</summary>
    Task<IReadOnlyList<KinesisShard>> ListShardsAsync(string stream, CancellationToken ct = default);
    /// <param name="startingSequenceNumber">Required for AT_/AFTER_SEQUENCE_NUMBER.</param>
    /// <param name="timestamp">Required for AT_TIMESTAMP.</param>
    Task<string> GetShardIteratorAsync(string stream, string shardId, ShardIteratorType type,
        string? startingSequenceNumber = null, DateTimeOffset? timestamp = null, CancellationToken ct = default);
    Task<KinesisGetRecordsResult> GetRecordsAsync(string shardIterator, int? limit = null, CancellationToken ct = default);
}
