using System.Numerics;
using System.Text;
using System.Text.Json;

namespace Lab.Local.Tests.Support;

/// <summary>
/// One record of a Lambda stream event as the function received it. <see cref="Key"/> is the item's "id"
/// for DynamoDB and the partition key for Kinesis; <see cref="ShardId"/> is only known for Kinesis (its eventID is "shardId:sequence").
/// </summary>
public sealed record DeliveredRecord(string SequenceNumber, string Key, string? Payload, string? ShardId)
{
    public BigInteger SequenceValue => BigInteger.Parse(SequenceNumber);

    /// <summary>Parses {"Records":[...]} of either a DynamoDB stream event or a Kinesis event.</summary>
    public static IReadOnlyList<DeliveredRecord> ParseEvent(string eventJson)
    {
        using var document = JsonDocument.Parse(eventJson);
        return document.RootElement.GetProperty("Records").EnumerateArray().Select(Parse).ToList();
    }

    private static DeliveredRecord Parse(JsonElement record)
    {
        if (record.TryGetProperty("kinesis", out var kinesis))
        {
            var eventId = record.GetProperty("eventID").GetString()!;
            return new DeliveredRecord(
                kinesis.GetProperty("sequenceNumber").GetString()!,
                kinesis.GetProperty("partitionKey").GetString()!,
                Encoding.UTF8.GetString(kinesis.GetProperty("data").GetBytesFromBase64()),
                eventId[..eventId.LastIndexOf(':')]);
        }
        var dynamodb = record.GetProperty("dynamodb");
        var payload = dynamodb.TryGetProperty("NewImage", out var image) && image.TryGetProperty("payload", out var value)
            ? value.GetProperty("S").GetString()
            : null;
        return new DeliveredRecord(
            dynamodb.GetProperty("SequenceNumber").GetString()!,
            dynamodb.GetProperty("Keys").GetProperty("id").GetProperty("S").GetString()!,
            payload,
            ShardId: null);
    }
}
