using System.Text.Json;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Lab.Testing;

namespace Lab.Streams.Tests;

[Collection("dynamodb-local")]
public sealed class DynamoDbStreamsClientTests(DynamoDbLocalFixture dynamo)
{
    private readonly DynamoDbStreamsClient streams = new(new AwsClientOptions
    {
        ServiceUrl = dynamo.Endpoint, Region = DynamoDbLocalFixture.Region, Credentials = AwsCredentials.LocalDummy,
    });

    private async Task<(AmazonDynamoDBClient Db, string Table, string StreamArn)> CreateTableAsync(StreamViewType viewType)
    {
        var db = dynamo.CreateClient();
        var table = dynamo.UniqueName("scores");
        var created = await db.CreateTableAsync(new CreateTableRequest
        {
            TableName = table,
            KeySchema = [new KeySchemaElement("pk", KeyType.HASH)],
            AttributeDefinitions = [new AttributeDefinition("pk", ScalarAttributeType.S)],
            BillingMode = BillingMode.PAY_PER_REQUEST,
            StreamSpecification = new StreamSpecification { StreamEnabled = true, StreamViewType = viewType },
        });
        return (db, table, created.TableDescription.LatestStreamArn);
    }

    private async Task WriteInsertModifyRemoveAsync(AmazonDynamoDBClient db, string table)
    {
        await db.PutItemAsync(table, new Dictionary<string, AttributeValue> { ["pk"] = new("p1"), ["score"] = new() { N = "10" } });
        await db.UpdateItemAsync(new UpdateItemRequest
        {
            TableName = table,
            Key = new() { ["pk"] = new("p1") },
            UpdateExpression = "SET score = :s",
            ExpressionAttributeValues = new() { [":s"] = new() { N = "25" } },
        });
        await db.DeleteItemAsync(table, new Dictionary<string, AttributeValue> { ["pk"] = new("p1") });
    }

    private async Task<List<DynamoDbStreamRecord>> ReadAllAsync(string streamArn)
    {
        var shards = new List<DynamoDbStreamShard>();
        string? start = null;
        do
        {
            var page = await streams.DescribeStreamAsync(streamArn, start);
            shards.AddRange(page.Shards);
            start = page.LastEvaluatedShardId;
        } while (start is not null);

        var records = new List<DynamoDbStreamRecord>();
        foreach (var shard in shards)
        {
            var iterator = await streams.GetShardIteratorAsync(streamArn, shard.ShardId, ShardIteratorType.TRIM_HORIZON);
            var read = await streams.GetRecordsAsync(iterator);
            records.AddRange(read.Records);
        }
        return records;
    }

    [Fact]
    public async Task NEW_AND_OLD_IMAGES_records_carry_both_images_per_event()
    {
        var (db, table, arn) = await CreateTableAsync(StreamViewType.NEW_AND_OLD_IMAGES);
        using var dbClient = db;
        await WriteInsertModifyRemoveAsync(db, table);

        var description = await streams.DescribeStreamAsync(arn);
        Assert.Equal(table, description.TableName);
        Assert.Equal("NEW_AND_OLD_IMAGES", description.StreamViewType);
        Assert.NotEmpty(description.Shards);
        Assert.All(description.Shards, s => Assert.False(string.IsNullOrEmpty(s.StartingSequenceNumber)));

        var records = await ReadAllAsync(arn);
        Assert.Equal(["INSERT", "MODIFY", "REMOVE"], records.Select(r => r.EventName));
        var (insert, modify, remove) = (records[0], records[1], records[2]);

        Assert.Equal("p1", insert.Keys!.Value.GetProperty("pk").GetProperty("S").GetString());
        Assert.Equal("10", insert.NewImage!.Value.GetProperty("score").GetProperty("N").GetString());
        Assert.Null(insert.OldImage);
        Assert.Equal("10", modify.OldImage!.Value.GetProperty("score").GetProperty("N").GetString());
        Assert.Equal("25", modify.NewImage!.Value.GetProperty("score").GetProperty("N").GetString());
        Assert.Equal("25", remove.OldImage!.Value.GetProperty("score").GetProperty("N").GetString());
        Assert.Null(remove.NewImage);
        Assert.All(records, r =>
        {
            Assert.Equal("NEW_AND_OLD_IMAGES", r.StreamViewType);
            Assert.Equal("aws:dynamodb", r.EventSource);
            Assert.True(r.SizeBytes > 0);
            Assert.NotNull(r.ApproximateCreationDateTime);
        });
        Assert.Equal(3, records.Select(r => r.SequenceNumber).Distinct().Count());
    }

    [Fact]
    public async Task NEW_IMAGE_records_have_no_old_image()
    {
        var (db, table, arn) = await CreateTableAsync(StreamViewType.NEW_IMAGE);
        using var dbClient = db;
        await WriteInsertModifyRemoveAsync(db, table);

        var records = await ReadAllAsync(arn);
        Assert.Equal(["INSERT", "MODIFY", "REMOVE"], records.Select(r => r.EventName));
        Assert.All(records, r => Assert.Null(r.OldImage));
        Assert.Equal("25", records[1].NewImage!.Value.GetProperty("score").GetProperty("N").GetString());
        Assert.Null(records[2].NewImage);
        Assert.Equal("p1", records[2].Keys!.Value.GetProperty("pk").GetProperty("S").GetString());
    }

    [Fact]
    public async Task AFTER_SEQUENCE_NUMBER_and_LATEST_position_the_reader()
    {
        var (db, table, arn) = await CreateTableAsync(StreamViewType.NEW_IMAGE);
        using var dbClient = db;
        await WriteInsertModifyRemoveAsync(db, table);
        var all = await ReadAllAsync(arn);
        var shard = (await streams.DescribeStreamAsync(arn)).Shards.Last();

        var after = await streams.GetShardIteratorAsync(arn, shard.ShardId, ShardIteratorType.AFTER_SEQUENCE_NUMBER, all[0].SequenceNumber);
        Assert.Equal(["MODIFY", "REMOVE"], (await streams.GetRecordsAsync(after)).Records.Select(r => r.EventName));

        var latest = await streams.GetShardIteratorAsync(arn, shard.ShardId, ShardIteratorType.LATEST);
        await db.PutItemAsync(table, new Dictionary<string, AttributeValue> { ["pk"] = new("p2") });
        var later = await streams.GetRecordsAsync(latest);
        Assert.Equal("p2", Assert.Single(later.Records).Keys!.Value.GetProperty("pk").GetProperty("S").GetString());
    }

    [Fact]
    public async Task The_Lambda_event_round_trips_the_fields_AWS_sends()
    {
        var (db, table, arn) = await CreateTableAsync(StreamViewType.NEW_AND_OLD_IMAGES);
        using var dbClient = db;
        await WriteInsertModifyRemoveAsync(db, table);
        var records = await ReadAllAsync(arn);

        var json = LambdaEventJson.ForDynamoDbStream(records, arn);

        using var doc = JsonDocument.Parse(json);
        var events = doc.RootElement.GetProperty("Records").EnumerateArray().ToList();
        Assert.Equal(records.Count, events.Count);
        for (var i = 0; i < records.Count; i++)
        {
            var (e, r) = (events[i], records[i]);
            Assert.Equal(r.EventId, e.GetProperty("eventID").GetString());
            Assert.Equal(r.EventName, e.GetProperty("eventName").GetString());
            Assert.Equal(r.EventVersion, e.GetProperty("eventVersion").GetString());
            Assert.Equal("aws:dynamodb", e.GetProperty("eventSource").GetString());
            Assert.Equal(r.AwsRegion, e.GetProperty("awsRegion").GetString());
            Assert.Equal(arn, e.GetProperty("eventSourceARN").GetString());
            var d = e.GetProperty("dynamodb");
            Assert.Equal(r.Dynamodb.GetRawText(), d.GetRawText());
            foreach (var field in new[] { "ApproximateCreationDateTime", "Keys", "SequenceNumber", "SizeBytes", "StreamViewType" })
                Assert.True(d.TryGetProperty(field, out _), $"record {i} ({r.EventName}) lacks dynamodb.{field}");
        }
        Assert.True(events[1].GetProperty("dynamodb").TryGetProperty("OldImage", out _));
        Assert.True(events[1].GetProperty("dynamodb").TryGetProperty("NewImage", out _));
    }

    [Fact]
    public async Task A_missing_stream_fails_with_the_service_error_type()
    {
        var missing = $"arn:aws:dynamodb:ddblocal:000000000000:table/{dynamo.UniqueName("nope")}/stream/2020-01-01T00:00:00.000";
        var error = await Assert.ThrowsAsync<AwsServiceException>(() => streams.DescribeStreamAsync(missing));
        Assert.Equal("ResourceNotFoundException", error.ErrorType);
        Assert.Equal("DynamoDBStreams_20120810.DescribeStream", error.Operation);
    }

    [Fact]
    public async Task AT_TIMESTAMP_is_refused_with_a_clear_message()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            streams.GetShardIteratorAsync("arn:aws:dynamodb:us-east-1:000000000000:table/t/stream/x", "shardId-1", ShardIteratorType.AT_TIMESTAMP));
        Assert.Contains("AT_TIMESTAMP", error.Message);
    }
}
