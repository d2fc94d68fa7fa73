using System.Text.Json;

namespace Lab.Streams;

public sealed record DynamoDbStreamShard(string ShardId, string? ParentShardId, string StartingSequenceNumber, string? EndingSequenceNumber);

/// <summary>One DescribeStream page; LastEvaluatedShardId is non-null when more shards follow.</summary>
public sealed record DynamoDbStreamDescription(
    string StreamArn, string StreamStatus, string? StreamViewType, string? TableName,
    IReadOnlyList<DynamoDbStreamShard> Shards, string? LastEvaluatedShardId);

/// <summary>
/// A stream record as the service sent it. <see cref="Raw"/> keeps the JSON untouched: its "dynamodb"
/// object (Keys/NewImage/OldImage in AttributeValue wire form) is exactly what Lambda puts in the event.
/// </summary>
public sealed record DynamoDbStreamRecord(JsonElement Raw)
{
    public string EventId => Raw.GetProperty("eventID").GetString()!;
    /// <summary>INSERT, MODIFY or REMOVE.</summary>
    public string EventName => Raw.GetProperty("eventName").GetString()!;
    public string? EventVersion => Optional(Raw, "eventVersion")?.GetString();
    public string? EventSource => Optional(Raw, "eventSource")?.GetString();
    public string? AwsRegion => Optional(Raw, "awsRegion")?.GetString();
    public JsonElement Dynamodb => Raw.GetProperty("dynamodb");
    public JsonElement? Keys => Optional(Dynamodb, "Keys");
    public JsonElement? NewImage => Optional(Dynamodb, "NewImage");
    public JsonElement? OldImage => Optional(Dynamodb, "OldImage");
    public string SequenceNumber => Dynamodb.GetProperty("SequenceNumber").GetString()!;
    public long? SizeBytes => Optional(Dynamodb, "SizeBytes")?.GetInt64();
    public string? StreamViewType => Optional(Dynamodb, "StreamViewType")?.GetString();
    public DateTimeOffset? ApproximateCreationDateTime =>
        Optional(Dynamodb, "ApproximateCreationDateTime") is { } t ? EpochSeconds.ToDateTimeOffset(t) : null;

    private static JsonElement? Optional(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;
}

public sealed record DynamoDbStreamGetRecordsResult(IReadOnlyList<DynamoDbStreamRecord> Records, string? NextShardIterator);
