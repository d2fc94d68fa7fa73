namespace Lab.Streams;

/// <summary>Where a shard iterator starts (the Kinesis ShardIteratorType values).</summary>
public enum ShardIteratorType { TRIM_HORIZON, LATEST, AT_SEQUENCE_NUMBER, AFTER_SEQUENCE_NUMBER, AT_TIMESTAMP }

public sealed record KinesisPutRecord(byte[] Data, string PartitionKey);

/// <summary>One entry per record sent, in order; a failed entry has ErrorCode set and no sequence number.</summary>
public sealed record KinesisPutRecordResult(string? SequenceNumber, string? ShardId, string? ErrorCode, string? ErrorMessage);

public sealed record KinesisPutRecordsResult(int FailedRecordCount, IReadOnlyList<KinesisPutRecordResult> Records);

public sealed record KinesisShard(string ShardId, string? ParentShardId, string? AdjacentParentShardId,
    string StartingSequenceNumber, string? EndingSequenceNumber);

public sealed record KinesisRecord(byte[] Data, string PartitionKey, string SequenceNumber, DateTimeOffset ApproximateArrivalTimestamp);

/// <summary>NextShardIterator is null once a closed shard is fully read.</summary>
public sealed record KinesisGetRecordsResult(IReadOnlyList<KinesisRecord> Records, string? NextShardIterator, long MillisBehindLatest);

public sealed record KinesisStreamSummary(string StreamName, string StreamArn, string StreamStatus, int OpenShardCount);
