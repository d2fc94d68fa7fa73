using System.Text.Json;

namespace Lab.Streams;

/// <summary>Kinesis over the JSON 1.1 protocol (Kinesis_20131202), SigV4-signed for service "kinesis".</summary>
public sealed class KinesisClient : IKinesisClient
{
    /// <summary>The PutRecords limit per call.</summary>
    public const int MaxRecordsPerPut = 500;

    private readonly AwsJsonTransport transport;

    public KinesisClient(AwsClientOptions options) =>
        transport = new AwsJsonTransport(options, "kinesis", "kinesis", "Kinesis_20131202", "application/x-amz-json-1.1");

    public string Region => transport.Region;

    public async Task CreateStreamAsync(string streamName, int shardCount, CancellationToken ct = default)
    {
        if (shardCount < 1) throw new ArgumentOutOfRangeException(nameof(shardCount), shardCount, $"Stream '{streamName}' needs at least one shard.");
        await transport.SendAsync("CreateStream", w =>
        {
            w.WriteString("StreamName", streamName);
            w.WriteNumber("ShardCount", shardCount);
        }, ct);
    }

    public async Task DeleteStreamAsync(string streamName, CancellationToken ct = default) =>
        await transport.SendAsync("DeleteStream", w => w.WriteString("StreamName", streamName), ct);

    public async Task<KinesisStreamSummary> DescribeStreamSummaryAsync(string stream, CancellationToken ct = default)
    {
        var response = await transport.SendAsync("DescribeStreamSummary", w => WriteStream(w, stream), ct);
        var summary = response.GetProperty("StreamDescriptionSummary");
        return new KinesisStreamSummary(
            summary.GetProperty("StreamName").GetString()!,
            summary.GetProperty("StreamARN").GetString()!,
            summary.GetProperty("StreamStatus").GetString()!,
            summary.TryGetProperty("OpenShardCount", out var open) ? open.GetInt32() : 0);
    }

    public async Task<KinesisPutRecordsResult> PutRecordsAsync(string stream, IReadOnlyList<KinesisPutRecord> records, CancellationToken ct = default)
    {
        if (records.Count == 0) return new KinesisPutRecordsResult(0, []);
        if (records.Count > MaxRecordsPerPut)
            throw new ArgumentException($"PutRecords to '{stream}' got {records.Count} records; Kinesis takes at most {MaxRecordsPerPut} per call, so split the batch.", nameof(records));
        var response = await transport.SendAsync("PutRecords", w =>
        {
            WriteStream(w, stream);
            w.WriteStartArray("Records");
            foreach (var record in records)
            {
                w.WriteStartObject();
                w.WriteBase64String("Data", record.Data);
                w.WriteString("PartitionKey", record.PartitionKey);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }, ct);

        var results = response.GetProperty("Records").EnumerateArray().Select(r => new KinesisPutRecordResult(
            OptionalString(r, "SequenceNumber"), OptionalString(r, "ShardId"),
            OptionalString(r, "ErrorCode"), OptionalString(r, "ErrorMessage"))).ToList();
        var failed = response.TryGetProperty("FailedRecordCount", out var f) ? f.GetInt32() : results.Count(r => r.ErrorCode is not null);
        return new KinesisPutRecordsResult(failed, results);
    }

    public async Task<IReadOnlyList<KinesisShard>> ListShardsAsync(string stream, CancellationToken ct = default)
    {
        var shards = new List<KinesisShard>();
        string? nextToken = null;
        do
        {
            var token = nextToken;
            // ListShards rejects StreamName together with NextToken: the token already names the stream.
            var response = await transport.SendAsync("ListShards", w =>
            {
                if (token is null) WriteStream(w, stream);
                else w.WriteString("NextToken", token);
            }, ct);
            foreach (var shard in response.GetProperty("Shards").EnumerateArray())
            {
                var range = shard.GetProperty("SequenceNumberRange");
                shards.Add(new KinesisShard(
                    shard.GetProperty("ShardId").GetString()!,
                    OptionalString(shard, "ParentShardId"),
                    OptionalString(shard, "AdjacentParentShardId"),
                    range.GetProperty("StartingSequenceNumber").GetString()!,
                    OptionalString(range, "EndingSequenceNumber")));
            }
            nextToken = OptionalString(response, "NextToken");
        } while (nextToken is not null);
        return shards;
    }

    public async Task<string> GetShardIteratorAsync(string stream, string shardId, ShardIteratorType type,
        string? startingSequenceNumber = null, DateTimeOffset? timestamp = null, CancellationToken ct = default)
    {
        ShardIteratorArguments.Check(type, startingSequenceNumber, timestamp, $"stream '{stream}', shard '{shardId}'");
        var response = await transport.SendAsync("GetShardIterator", w =>
        {
            WriteStream(w, stream);
            w.WriteString("ShardId", shardId);
            w.WriteString("ShardIteratorType", type.ToString());
            if (startingSequenceNumber is not null) w.WriteString("StartingSequenceNumber", startingSequenceNumber);
            if (timestamp is { } at) w.WriteNumber("Timestamp", EpochSeconds.FromDateTimeOffset(at));
        }, ct);
        return response.GetProperty("ShardIterator").GetString()!;
    }

    public async Task<KinesisGetRecordsResult> GetRecordsAsync(string shardIterator, int? limit = null, CancellationToken ct = default)
    {
        var response = await transport.SendAsync("GetRecords", w =>
        {
            w.WriteString("ShardIterator", shardIterator);
            if (limit is { } l) w.WriteNumber("Limit", l);
        }, ct);

        var records = response.GetProperty("Records").EnumerateArray().Select(r => new KinesisRecord(
            r.GetProperty("Data").GetBytesFromBase64(),
            r.GetProperty("PartitionKey").GetString()!,
            r.GetProperty("SequenceNumber").GetString()!,
            EpochSeconds.ToDateTimeOffset(r.GetProperty("ApproximateArrivalTimestamp")))).ToList();
        return new KinesisGetRecordsResult(
            records,
            OptionalString(response, "NextShardIterator"),
            response.TryGetProperty("MillisBehindLatest", out var behind) ? behind.GetInt64() : 0);
    }

    /// <summary>A stream ARN ("arn:aws:kinesis:&lt;region&gt;:&lt;account&gt;:stream/&lt;name&gt;") is sent as its name, which every Kinesis (kinesalite included) accepts.</summary>
    private static void WriteStream(Utf8JsonWriter writer, string stream)
    {
        if (string.IsNullOrWhiteSpace(stream)) throw new ArgumentException("A Kinesis stream name or ARN is required.", nameof(stream));
        writer.WriteString("StreamName", StreamNames.FromNameOrArn(stream));
    }

    private static string? OptionalString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
