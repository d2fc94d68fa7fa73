using System.Text.Json;

namespace Lab.Streams;

/// <summary>
/// Builds the event JSON Lambda delivers for a batch of stream records, with AWS's field names and casing
/// (see streams/README.md). The handlers' event models read exactly this.
/// </summary>
public static class LambdaEventJson
{
    /// <summary>{"Records":[{"eventID","eventName","eventVersion","eventSource","awsRegion","dynamodb":{...},"eventSourceARN"}]}.</summary>
    public static string ForDynamoDbStream(IEnumerable<DynamoDbStreamRecord> records, string streamArn) => Write(w =>
    {
        foreach (var record in records)
        {
            w.WriteStartObject();
            w.WriteString("eventID", record.EventId);
            w.WriteString("eventName", record.EventName);
            w.WriteString("eventVersion", record.EventVersion ?? "1.1");
            w.WriteString("eventSource", record.EventSource ?? "aws:dynamodb");
            w.WriteString("awsRegion", record.AwsRegion);
            w.WritePropertyName("dynamodb");
            record.Dynamodb.WriteTo(w); // verbatim: AttributeValue wire form, epoch-seconds creation time
            if (record.Raw.TryGetProperty("userIdentity", out var identity) && identity.ValueKind == JsonValueKind.Object)
            {
                w.WritePropertyName("userIdentity"); // present for TTL deletions
                identity.WriteTo(w);
            }
            w.WriteString("eventSourceARN", streamArn);
            w.WriteEndObject();
        }
    });

    /// <summary>{"Records":[{"kinesis":{kinesisSchemaVersion,partitionKey,sequenceNumber,data,approximateArrivalTimestamp},"eventSource","eventVersion","eventID","eventName","invokeIdentityArn","awsRegion","eventSourceARN"}]}.</summary>
    public static string ForKinesis(IEnumerable<KinesisRecord> records, string shardId, string streamArn, string region, string invokeIdentityArn) => Write(w =>
    {
        foreach (var record in records)
        {
            w.WriteStartObject();
            w.WriteStartObject("kinesis");
            w.WriteString("kinesisSchemaVersion", "1.0");
            w.WriteString("partitionKey", record.PartitionKey);
            w.WriteString("sequenceNumber", record.SequenceNumber);
            w.WriteBase64String("data", record.Data);
            w.WriteNumber("approximateArrivalTimestamp", EpochSeconds.FromDateTimeOffset(record.ApproximateArrivalTimestamp));
            w.WriteEndObject();
            w.WriteString("eventSource", "aws:kinesis");
            w.WriteString("eventVersion", "1.0");
            w.WriteString("eventID", $"{shardId}:{record.SequenceNumber}");
            w.WriteString("eventName", "aws:kinesis:record");
            w.WriteString("invokeIdentityArn", invokeIdentityArn);
            w.WriteString("awsRegion", region);
            w.WriteString("eventSourceARN", streamArn);
            w.WriteEndObject();
        }
    });

    private static string Write(Action<Utf8JsonWriter> writeRecords)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("Records");
            writeRecords(writer);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
