using System.Text.Json.Serialization;

namespace Lab.Functions.Shared.Events;

/// <summary>The event Lambda sends for a Kinesis batch (wire names as AWS sends them).</summary>
public sealed class KinesisEvent
{
    private List<KinesisEventRecord> records = new();

    /// <summary>The batch; an event whose "Records" is null or absent is an empty batch, not a crash.</summary>
    [JsonPropertyName("Records")]
    public List<KinesisEventRecord> Records
    {
        get => records;
        set => records = value ?? new();
    }
}

public sealed class KinesisEventRecord
{
    [JsonPropertyName("kinesis")] public KinesisRecordData? Kinesis { get; set; }
    [JsonPropertyName("eventSource")] public string? EventSource { get; set; }
    [JsonPropertyName("eventVersion")] public string? EventVersion { get; set; }
    [JsonPropertyName("eventID")] public string? EventId { get; set; }
    [JsonPropertyName("eventName")] public string? EventName { get; set; }
    [JsonPropertyName("invokeIdentityArn")] public string? InvokeIdentityArn { get; set; }
    [JsonPropertyName("awsRegion")] public string? AwsRegion { get; set; }
    [JsonPropertyName("eventSourceARN")] public string? EventSourceArn { get; set; }

    public string Describe() => $"record eventID={EventId ?? "(none)"} sequenceNumber={Kinesis?.SequenceNumber ?? "(none)"}";
}

public sealed class KinesisRecordData
{
    [JsonPropertyName("kinesisSchemaVersion")] public string? KinesisSchemaVersion { get; set; }
    [JsonPropertyName("partitionKey")] public string? PartitionKey { get; set; }
    [JsonPropertyName("sequenceNumber")] public string? SequenceNumber { get; set; }
    /// <summary>Base64 of the record's bytes; kept as text so a malformed value is reported, not a deserialisation crash.</summary>
    [JsonPropertyName("data")] public string? Data { get; set; }
    [JsonPropertyName("approximateArrivalTimestamp")] public double? ApproximateArrivalTimestamp { get; set; }
}
