using System.Text.Json;

namespace Lab.Streams;

/// <summary>DynamoDB Streams over the JSON 1.0 protocol (DynamoDBStreams_20120810), SigV4-signed for service "dynamodb".</summary>
public sealed class DynamoDbStreamsClient : IDynamoDbStreamsClient
{
    private readonly AwsJsonTransport transport;

    public DynamoDbStreamsClient(AwsClientOptions options) =>
        transport = new AwsJsonTransport(options, "streams.dynamodb", "dynamodb", "DynamoDBStreams_20120810", "application/x-amz-json-1.0");

    public string Region => transport.Region;

    public async Task<DynamoDbStreamDescription> DescribeStreamAsync(string streamArn, string? exclusiveStartShardId = null, int? limit = null, CancellationToken ct = default)
    {
        RequireArn(streamArn);
        var response = await transport.SendAsync("DescribeStream", w =>
        {
            w.WriteString("StreamArn", streamArn);
            if (exclusiveStartShardId is not null) w.WriteString("ExclusiveStartShardId", exclusiveStartShardId);
            if (limit is { } l) w.WriteNumber("Limit", l);
        }, ct);

        var description = response.GetProperty("StreamDescription");
        var shards = description.TryGetProperty("Shards", out var list)
            ? list.EnumerateArray().Select(s =>
            {
                var range = s.GetProperty("SequenceNumberRange");
                return new DynamoDbStreamShard(
                    s.GetProperty("ShardId").GetString()!,
                    OptionalString(s, "ParentShardId"),
                    range.GetProperty("StartingSequenceNumber").GetString()!,
                    OptionalString(range, "EndingSequenceNumber"));
            }).ToList()
            : [];
        return new DynamoDbStreamDescription(
            description.GetProperty("StreamArn").GetString()!,
            description.GetProperty("StreamStatus").GetString()!,
            OptionalString(description, "StreamViewType"),
            OptionalString(description, "TableName"),
            shards,
            OptionalString(description, "LastEvaluatedShardId"));
    }

    public async Task<string> GetShardIteratorAsync(string streamArn, string shardId, ShardIteratorType type, string? sequenceNumber = null, CancellationToken ct = default)
    {
        RequireArn(streamArn);
        if (type == ShardIteratorType.AT_TIMESTAMP)
            throw new ArgumentException($"DynamoDB Streams has no AT_TIMESTAMP iterator (stream '{streamArn}', shard '{shardId}'); use TRIM_HORIZON or LATEST.", nameof(type));
        ShardIteratorArguments.Check(type, sequenceNumber, null, $"stream '{streamArn}', shard '{shardId}'");
        var response = await transport.SendAsync("GetShardIterator", w =>
        {
            w.WriteString("StreamArn", streamArn);
            w.WriteString("ShardId", shardId);
            w.WriteString("ShardIteratorType", type.ToString());
            if (sequenceNumber is not null) w.WriteString("SequenceNumber", sequenceNumber);
        }, ct);
        return response.GetProperty("ShardIterator").GetString()!;
    }

    public async Task<DynamoDbStreamGetRecordsResult> GetRecordsAsync(string shardIterator, int? limit = null, CancellationToken ct = default)
    {
        var response = await transport.SendAsync("GetRecords", w =>
        {
            w.WriteString("ShardIterator", shardIterator);
            if (limit is { } l) w.WriteNumber("Limit", l);
        }, ct);
        var records = response.TryGetProperty("Records", out var list)
            ? list.EnumerateArray().Select(r => new DynamoDbStreamRecord(r.Clone())).ToList()
            : [];
        return new DynamoDbStreamGetRecordsResult(records, OptionalString(response, "NextShardIterator"));
    }

    private static void RequireArn(string streamArn)
    {
        if (string.IsNullOrWhiteSpace(streamArn) || !streamArn.StartsWith("arn:", StringComparison.Ordinal))
            throw new ArgumentException($"'{streamArn}' is not a DynamoDB stream ARN (expected arn:aws:dynamodb:<region>:<account>:table/<table>/stream/<label>).", nameof(streamArn));
    }

    private static string? OptionalString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
