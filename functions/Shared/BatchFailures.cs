using Lab.Functions.Shared.Events;

namespace Lab.Functions.Shared;

/// <summary>Builds the partial batch response from the records that could not be applied (identified by sequence number).</summary>
public static class BatchFailures
{
    public static StreamsEventResponse For(IEnumerable<DynamoDbStreamRecord> failed) => new()
    {
        BatchItemFailures = failed
            .Select(r => r.Dynamodb?.SequenceNumber)
            .Where(s => s is not null)
            .Distinct()
            .Select(s => new BatchItemFailure { ItemIdentifier = s })
            .ToList(),
    };

    public static StreamsEventResponse For(IEnumerable<KinesisEventRecord> failed) => new()
    {
        BatchItemFailures = failed
            .Select(r => r.Kinesis?.SequenceNumber)
            .Where(s => s is not null)
            .Distinct()
            .Select(s => new BatchItemFailure { ItemIdentifier = s })
            .ToList(),
    };
}
