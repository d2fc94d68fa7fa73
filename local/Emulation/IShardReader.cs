namespace Lab.Local.Emulation;

/// <summary>One record as the emulator handles it: its sequence number and what the event JSON needs.</summary>
public sealed record PolledRecord(string SequenceNumber, string LaneKey, object Source);

/// <summary>Reads one stream's shards for the emulator, whatever the stream's kind (DynamoDB or Kinesis).</summary>
public interface IShardReader
{
    /// <summary>The stream's shards, parents before children.</summary>
    Task<IReadOnlyList<string>> ShardIdsAsync(CancellationToken ct);

    Task<string> IteratorAsync(string shardId, string startingPosition, CancellationToken ct);

    /// <summary>An iterator just after <paramref name="sequenceNumber"/>, to resume where delivery stopped.</summary>
    Task<string> IteratorAfterAsync(string shardId, string sequenceNumber, CancellationToken ct);

    /// <summary>Records after the iterator and the next iterator (null once a closed shard is drained).</summary>
    Task<(IReadOnlyList<PolledRecord> Records, string? Next)> ReadAsync(string iterator, CancellationToken ct);

    /// <summary>The event Lambda would deliver for these records of <paramref name="shardId"/>.</summary>
    string EventJson(string shardId, IReadOnlyList<PolledRecord> records);
}
