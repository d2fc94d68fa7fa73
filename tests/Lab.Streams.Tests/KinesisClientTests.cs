using System.Text;
using Lab.Testing;

namespace Lab.Streams.Tests;

[Collection("kinesalite")]
public sealed class KinesisClientTests(KinesaliteFixture kinesalite)
{
    private readonly KinesisClient client = new(new AwsClientOptions { ServiceUrl = kinesalite.Endpoint, Region = KinesaliteFixture.Region });

    private async Task<string> CreateActiveStreamAsync(int shards)
    {
        var name = kinesalite.UniqueName("orders");
        await client.CreateStreamAsync(name, shards);
        var summary = await client.WaitUntilActiveAsync(name, TimeSpan.FromSeconds(10));
        Assert.Equal(shards, summary.OpenShardCount);
        Assert.EndsWith($":stream/{name}", summary.StreamArn);
        return name;
    }

    [Fact]
    public async Task Text_and_binary_records_read_back_from_TRIM_HORIZON_and_AFTER_SEQUENCE_NUMBER()
    {
        var stream = await CreateActiveStreamAsync(1);
        byte[] binary = [0x00, 0xFF, 0x10, 0x80, 0x7F];
        var put = await client.PutRecordsAsync(stream, [
            new KinesisPutRecord(Encoding.UTF8.GetBytes("{\"order\":\"ä1\"}"), "customer-1"),
            new KinesisPutRecord(binary, "customer-2"),
        ]);
        Assert.Equal(0, put.FailedRecordCount);
        Assert.All(put.Records, r => Assert.NotNull(r.SequenceNumber));

        var shard = Assert.Single(await client.ListShardsAsync(stream));
        var iterator = await client.GetShardIteratorAsync(stream, shard.ShardId, ShardIteratorType.TRIM_HORIZON);
        var read = await client.GetRecordsAsync(iterator);

        Assert.Equal(2, read.Records.Count);
        Assert.Equal("{\"order\":\"ä1\"}", Encoding.UTF8.GetString(read.Records[0].Data));
        Assert.Equal("customer-1", read.Records[0].PartitionKey);
        Assert.Equal(binary, read.Records[1].Data);
        Assert.Equal(put.Records[1].SequenceNumber, read.Records[1].SequenceNumber);
        Assert.InRange(read.Records[0].ApproximateArrivalTimestamp, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1));
        Assert.NotNull(read.NextShardIterator);

        var after = await client.GetShardIteratorAsync(stream, shard.ShardId, ShardIteratorType.AFTER_SEQUENCE_NUMBER, read.Records[0].SequenceNumber);
        var rest = await client.GetRecordsAsync(after);
        Assert.Equal(binary, Assert.Single(rest.Records).Data);

        var at = await client.GetShardIteratorAsync(stream, shard.ShardId, ShardIteratorType.AT_SEQUENCE_NUMBER, read.Records[1].SequenceNumber);
        Assert.Equal(read.Records[1].SequenceNumber, Assert.Single((await client.GetRecordsAsync(at)).Records).SequenceNumber);
    }

    [Fact]
    public async Task LATEST_sees_only_records_put_after_the_iterator_was_taken()
    {
        var stream = await CreateActiveStreamAsync(1);
        await client.PutRecordsAsync(stream, [new KinesisPutRecord("before"u8.ToArray(), "k")]);
        var shard = Assert.Single(await client.ListShardsAsync(stream));
        var latest = await client.GetShardIteratorAsync(stream, shard.ShardId, ShardIteratorType.LATEST);

        await client.PutRecordsAsync(stream, [new KinesisPutRecord("after"u8.ToArray(), "k")]);

        var read = await client.GetRecordsAsync(latest);
        Assert.Equal("after", Encoding.UTF8.GetString(Assert.Single(read.Records).Data));
    }

    [Fact]
    public async Task AT_TIMESTAMP_starts_at_records_that_arrived_after_it()
    {
        var stream = await CreateActiveStreamAsync(1);
        await client.PutRecordsAsync(stream, [new KinesisPutRecord("old"u8.ToArray(), "k")]);
        var shard = Assert.Single(await client.ListShardsAsync(stream));
        var first = (await client.GetRecordsAsync(await client.GetShardIteratorAsync(stream, shard.ShardId, ShardIteratorType.TRIM_HORIZON))).Records[0];
        await Task.Delay(50);
        await client.PutRecordsAsync(stream, [new KinesisPutRecord("new"u8.ToArray(), "k")]);

        var iterator = await client.GetShardIteratorAsync(stream, shard.ShardId, ShardIteratorType.AT_TIMESTAMP,
            timestamp: first.ApproximateArrivalTimestamp.AddMilliseconds(1));
        Assert.Equal("new", Encoding.UTF8.GetString(Assert.Single((await client.GetRecordsAsync(iterator)).Records).Data));
    }

    [Fact]
    public async Task Two_shard_stream_spreads_partition_keys_and_every_record_is_read_once()
    {
        var stream = await CreateActiveStreamAsync(2);
        var records = Enumerable.Range(0, 40).Select(i => new KinesisPutRecord(Encoding.UTF8.GetBytes($"r{i}"), $"key-{i}")).ToList();
        var put = await client.PutRecordsAsync(stream, records);
        Assert.Equal(0, put.FailedRecordCount);

        var shards = await client.ListShardsAsync(stream);
        Assert.Equal(2, shards.Count);
        Assert.Equal(2, put.Records.Select(r => r.ShardId).Distinct().Count());

        var seen = new List<string>();
        foreach (var shard in shards)
        {
            var read = await client.GetRecordsAsync(await client.GetShardIteratorAsync(stream, shard.ShardId, ShardIteratorType.TRIM_HORIZON));
            seen.AddRange(read.Records.Select(r => Encoding.UTF8.GetString(r.Data)));
        }
        Assert.Equal(records.Select(r => Encoding.UTF8.GetString(r.Data)).Order(), seen.Order());
    }

    [Fact]
    public async Task A_stream_ARN_is_accepted_wherever_a_name_is()
    {
        var stream = await CreateActiveStreamAsync(1);
        var arn = (await client.DescribeStreamSummaryAsync(stream)).StreamArn;
        await client.PutRecordsAsync(arn, [new KinesisPutRecord("via-arn"u8.ToArray(), "k")]);
        var shard = Assert.Single(await client.ListShardsAsync(arn));
        var read = await client.GetRecordsAsync(await client.GetShardIteratorAsync(arn, shard.ShardId, ShardIteratorType.TRIM_HORIZON));
        Assert.Equal("via-arn", Encoding.UTF8.GetString(Assert.Single(read.Records).Data));
    }

    [Fact]
    public async Task A_missing_stream_fails_with_ResourceNotFound_naming_it()
    {
        var missing = kinesalite.UniqueName("missing");
        var error = await Assert.ThrowsAsync<AwsServiceException>(() => client.ListShardsAsync(missing));
        Assert.Equal("ResourceNotFoundException", error.ErrorType);
        Assert.Contains(missing, error.Message);
        Assert.False(error.IsThrottling);
    }

    [Fact]
    public async Task The_Lambda_event_carries_the_fields_AWS_sends()
    {
        var stream = await CreateActiveStreamAsync(1);
        await client.PutRecordsAsync(stream, [new KinesisPutRecord([1, 2, 3], "pk-1")]);
        var shard = Assert.Single(await client.ListShardsAsync(stream));
        var record = Assert.Single((await client.GetRecordsAsync(await client.GetShardIteratorAsync(stream, shard.ShardId, ShardIteratorType.TRIM_HORIZON))).Records);
        var arn = (await client.DescribeStreamSummaryAsync(stream)).StreamArn;

        var json = LambdaEventJson.ForKinesis([record], shard.ShardId, arn, "us-east-1", "arn:aws:iam::000000000000:role/reader");

        using var doc = System.Text.Json.JsonDocument.Parse(json);
        var e = Assert.Single(doc.RootElement.GetProperty("Records").EnumerateArray());
        var k = e.GetProperty("kinesis");
        Assert.Equal("1.0", k.GetProperty("kinesisSchemaVersion").GetString());
        Assert.Equal("pk-1", k.GetProperty("partitionKey").GetString());
        Assert.Equal(record.SequenceNumber, k.GetProperty("sequenceNumber").GetString());
        Assert.Equal("AQID", k.GetProperty("data").GetString());
        Assert.Equal(record.ApproximateArrivalTimestamp.ToUnixTimeMilliseconds() / 1000m, k.GetProperty("approximateArrivalTimestamp").GetDecimal());
        Assert.Equal("aws:kinesis", e.GetProperty("eventSource").GetString());
        Assert.Equal("1.0", e.GetProperty("eventVersion").GetString());
        Assert.Equal($"{shard.ShardId}:{record.SequenceNumber}", e.GetProperty("eventID").GetString());
        Assert.Equal("aws:kinesis:record", e.GetProperty("eventName").GetString());
        Assert.Equal("arn:aws:iam::000000000000:role/reader", e.GetProperty("invokeIdentityArn").GetString());
        Assert.Equal("us-east-1", e.GetProperty("awsRegion").GetString());
        Assert.Equal(arn, e.GetProperty("eventSourceARN").GetString());
    }

    [Fact]
    public async Task Sequence_iterators_require_a_sequence_number()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            client.GetShardIteratorAsync("some-stream", "shardId-000000000000", ShardIteratorType.AFTER_SEQUENCE_NUMBER));
        Assert.Contains("some-stream", error.Message);
    }
}
