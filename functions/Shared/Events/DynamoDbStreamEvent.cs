using System.Text.Json.Serialization;

namespace Lab.Functions.Shared.Events;

/// <summary>The event Lambda sends for a DynamoDB Streams batch (wire names as AWS sends them).</summary>
public sealed class DynamoDbStreamEvent
{
    private List<DynamoDbStreamRecord> records = new();

    /// <summary>The batch; an event whose "Records" is null or absent is an empty batch, not a crash.</summary>
    [JsonPropertyName("Records")]
    public List<DynamoDbStreamRecord> Records
    {
        get => records;
        set => records = value ?? new();
    }
}

public sealed class DynamoDbStreamRecord
{
    [JsonPropertyName("eventID")] public string? EventId { get; set; }
    [JsonPropertyName("eventName")] public string? EventName { get; set; }
    [JsonPropertyName("eventVersion")] public string? EventVersion { get; set; }
    [JsonPropertyName("eventSource")] public string? EventSource { get; set; }
    [JsonPropertyName("awsRegion")] public string? AwsRegion { get; set; }
    [JsonPropertyName("eventSourceARN")] public string? EventSourceArn { get; set; }
    [JsonPropertyName("dynamodb")] public StreamRecordData? Dynamodb { get; set; }
    [JsonPropertyName("userIdentity")] public StreamUserIdentity? UserIdentity { get; set; }

    /// <summary>How a log line or batch item failure names this record: its sequence number (what Lambda checkpoints on) and event id.</summary>
    public string Describe() => $"record eventID={EventId ?? "(none)"} sequenceNumber={Dynamodb?.SequenceNumber ?? "(none)"}";
}

public sealed class StreamRecordData
{
    [JsonPropertyName("ApproximateCreationDateTime")] public double? ApproximateCreationDateTime { get; set; }
    [JsonPropertyName("Keys")] public Dictionary<string, StreamAttributeValue>? Keys { get; set; }
    [JsonPropertyName("NewImage")] public Dictionary<string, StreamAttributeValue>? NewImage { get; set; }
    [JsonPropertyName("OldImage")] public Dictionary<string, StreamAttributeValue>? OldImage { get; set; }
    [JsonPropertyName("SequenceNumber")] public string? SequenceNumber { get; set; }
    [JsonPropertyName("SizeBytes")] public long? SizeBytes { get; set; }
    [JsonPropertyName("StreamViewType")] public string? StreamViewType { get; set; }
}

public sealed class StreamUserIdentity
{
    [JsonPropertyName("type")] public string? Type { get; set; }
    [JsonPropertyName("principalId")] public string? PrincipalId { get; set; }
}

/// <summary>An attribute value in DynamoDB JSON ({"S": "..."}, {"N": "..."}, ...), as stream records carry it.</summary>
public sealed class StreamAttributeValue
{
    [JsonPropertyName("S")] public string? S { get; set; }
    [JsonPropertyName("N")] public string? N { get; set; }
    [JsonPropertyName("B")] public string? B { get; set; }
    [JsonPropertyName("SS")] public List<string>? SS { get; set; }
    [JsonPropertyName("NS")] public List<string>? NS { get; set; }
    [JsonPropertyName("BS")] public List<string>? BS { get; set; }
    [JsonPropertyName("M")] public Dictionary<string, StreamAttributeValue>? M { get; set; }
    [JsonPropertyName("L")] public List<StreamAttributeValue>? L { get; set; }
    [JsonPropertyName("NULL")] public bool? NULL { get; set; }
    [JsonPropertyName("BOOL")] public bool? BOOL { get; set; }
}
