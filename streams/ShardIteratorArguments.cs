namespace Lab.Streams;

/// <summary>Checks that an iterator type comes with the position it needs, before the service says so less clearly.</summary>
internal static class ShardIteratorArguments
{
    public static void Check(ShardIteratorType type, string? sequenceNumber, DateTimeOffset? timestamp, string where)
    {
        var needsSequence = type is ShardIteratorType.AT_SEQUENCE_NUMBER or ShardIteratorType.AFTER_SEQUENCE_NUMBER;
        if (needsSequence && string.IsNullOrEmpty(sequenceNumber))
            throw new ArgumentException($"{type} for {where} needs a starting sequence number.");
        if (!needsSequence && sequenceNumber is not null)
            throw new ArgumentException($"{type} for {where} takes no sequence number (got '{sequenceNumber}').");
        if (type == ShardIteratorType.AT_TIMESTAMP && timestamp is null)
            throw new ArgumentException($"AT_TIMESTAMP for {where} needs a timestamp.");
        if (type != ShardIteratorType.AT_TIMESTAMP && timestamp is not null)
            throw new ArgumentException($"{type} for {where} takes no timestamp.");
    }
}
