using System.Text.Json.Serialization;

namespace Lab.Functions.Shared.Events;

/// <summary>
/// Partial batch response for stream sources with ReportBatchItemFailures: Lambda checkpoints before the lowest
/// listed sequence number and retries from it. An empty list means the whole batch succeeded.
/// </summary>
public sealed class StreamsEventResponse
{
    [JsonPropertyName("batchItemFailures")]
    public List<BatchItemFailure> BatchItemFailures { get; set; } = new();
}

public sealed class BatchItemFailure
{
    [JsonPropertyName("itemIdentifier")]
    public string? ItemIdentifier { get; set; }
}
