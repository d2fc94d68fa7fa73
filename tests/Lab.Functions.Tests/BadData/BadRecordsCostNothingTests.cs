using System.Text;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Lab.Functions.EventDriven;
using Lab.Functions.GameScores;
using Lab.Functions.Shared.Events;
using Lab.Functions.Shared.ExactlyOnce;
using Lab.Functions.Tests.Support;
using Lab.Functions.Tourney;
using Lab.Streams;
using Lab.Testing;

namespace Lab.Functions.Tests.BadData;

/// <summary>
/// One bad record never costs the good ones beside it, and no value a producer can write blocks a shard: each bad
/// record is named in the log and skipped, the batch succeeds, every good record is applied exactly once.
/// All on DynamoDB Local's real streams and transactions.
/// </summary>
[Collection("dynamodb-local")]
public sealed class BadRecordsCostNothingTests(DynamoDbLocalFixture dynamo)
{
    private static readonly string TooLongKey = new('u', 2049);

    [Fact]
    public async Task A_Username_DynamoDB_cannot_use_as_a_key_is_named_and_skipped_and_the_59_good_scores_apply_exactly_once()
    {
        using var client = dynamo.CreateClient();
        var records = dynamo.UniqueName("GameScoreRecords");
        var byUser = dynamo.UniqueName("GameScoresByUser");
        var arn = await TestTables.CreateAsync(client, records, ("RecordID", ScalarAttributeType.N), stream: StreamViewType.NEW_IMAGE);
        await TestTables.CreateAsync(client, byUser, ("Username", ScalarAttributeType.S));
        for (var id = 1; id <= 60; id++)
        {
            var user = id == 30 ? TooLongKey : $"player{id % 7}";
            await client.PutItemAsync(records, new() { ["RecordID"] = new() { N = $"{id}" }, ["Username"] = new() { S = user }, ["Score"] = new() { N = "10" } });
        }
        var batch = Events.FromDynamoStream(await new DynamoStreamTail(StreamsClients.For(dynamo), arn!).ReadNewAsync(), arn!);
        var handler = new AggregateScoresByUser(client, byUser, TimeProvider.System);
        var (context, logger) = TestContext.For("AggregateScoresByUser");

        var response = await handler.FunctionHandler(batch, context);
        var redelivered = await handler.FunctionHandler(batch, context);

        Assert.Empty(response.BatchItemFailures);
        Assert.Empty(redelivered.BatchItemFailures);
        var bad = batch.Records[29];
        Assert.Contains(logger.Lines, l => l.Contains($"sequenceNumber={bad.Dynamodb!.SequenceNumber}") && l.Contains("Username is 2,049 bytes; a DynamoDB partition key holds at most 2,048"));
        var totals = (await TestTables.ScanAsync(client, byUser)).Where(i => !StreamRecordLedger.IsMarker(i["Username"].S)).ToDictionary(i => i["Username"].S, i => int.Parse(i["Score"].N));
        Assert.Equal(590, totals.Values.Sum());  // 59 good records of 10, once each despite the redelivery
        Assert.Equal(7, totals.Count);
    }

    [Fact]
    public async Task A_validation_error_inside_the_transaction_is_pinned_on_its_group_and_the_rest_applies()
    {
        // Bypasses the handlers' own key checks: the ledger must still name the culprit when DynamoDB refuses an item.
        using var client = dynamo.CreateClient();
        var table = dynamo.UniqueName("GameScoresByUser");
        await TestTables.CreateAsync(client, table, ("Username", ScalarAttributeType.S));
        var ledger = new StreamRecordLedger(client, table, "Username", TimeProvider.System);
        Lab.Functions.Shared.Events.DynamoDbStreamRecord Record(string id) => new() { EventId = id, Dynamodb = new StreamRecordData { SequenceNumber = id } };
        var groups = new[]
        {
            new AggregateGroup("ada", [(Record("1"), 5m), (Record("2"), 7m)]),
            new AggregateGroup(TooLongKey, [(Record("3"), 1m)]),
        };
        var (_, logger) = TestContext.For("ledger");

        var outcome = await ledger.ApplyAsync(groups, pending => Task.FromResult<IReadOnlyList<Update>>(pending.Select(g => new Update
        {
            TableName = table,
            Key = new() { ["Username"] = new AttributeValue { S = g.KeyValue } },
            UpdateExpression = "ADD Score :s",
            ExpressionAttributeValues = new() { [":s"] = new AttributeValue { N = $"{g.Records.Sum(r => (decimal)r.Contribution)}" } },
        }).ToList()), logger);

        Assert.Equal((2, 1, 0), (outcome.Applied, outcome.Rejected, outcome.Failed.Count));
        Assert.Contains(logger.Lines, l => l.Contains("Skipped bad record eventID=3") && l.Contains("DynamoDB refused the update of"));
        var ada = await client.GetItemAsync(table, new() { ["Username"] = new() { S = "ada" } });
        Assert.Equal("12", ada.Item["Score"].N);
    }

    [Fact]
    public async Task A_player_DynamoDB_cannot_use_as_a_key_is_skipped_and_the_other_games_count()
    {
        using var client = dynamo.CreateClient();
        var tourney = dynamo.UniqueName("TaTourney");
        var stats = dynamo.UniqueName("TaTourneyStats");
        var arn = await TestTables.CreateAsync(client, tourney, ("match_id", ScalarAttributeType.S), ("player", ScalarAttributeType.S), StreamViewType.NEW_IMAGE);
        await TestTables.CreateAsync(client, stats, ("player", ScalarAttributeType.S));
        await client.PutItemAsync(tourney, new() { ["match_id"] = new() { S = "m1" }, ["player"] = new() { S = "ada" }, ["score"] = new() { N = "70" }, ["winner"] = new() { BOOL = true } });
        await client.PutItemAsync(tourney, new() { ["match_id"] = new() { S = "m1" }, ["player"] = new() { S = new string('p', 1000) }, ["score"] = new() { N = "1e20" } });
        await client.PutItemAsync(tourney, new() { ["match_id"] = new() { S = "m2" }, ["player"] = new() { S = "grace" }, ["score"] = new() { N = "50" } });
        var batch = Events.FromDynamoStream(await new DynamoStreamTail(StreamsClients.For(dynamo), arn!).ReadNewAsync(), arn!);
        var (context, logger) = TestContext.For("TaTourneyStats");

        var response = await new TaTourneyStats(client, stats, TimeProvider.System).FunctionHandler(batch, context);

        Assert.Empty(response.BatchItemFailures);
        Assert.Contains(logger.Lines, l => l.Contains("score 100000000000000000000 is outside ±1e15"));
        var players = (await TestTables.ScanAsync(client, stats)).Where(i => !StreamRecordLedger.IsMarker(i["player"].S)).Select(i => i["player"].S).Order();
        Assert.Equal(["ada", "grace"], players);
    }

    [Fact]
    public async Task A_non_numeric_Score_is_reported_as_what_it_is_and_a_null_Records_list_is_an_empty_batch()
    {
        using var client = dynamo.CreateClient();
        var byUser = dynamo.UniqueName("GameScoresByUser");
        await TestTables.CreateAsync(client, byUser, ("Username", ScalarAttributeType.S));
        var handler = new AggregateScoresByUser(client, byUser, TimeProvider.System);
        var (context, logger) = TestContext.For("AggregateScoresByUser");
        var input = Events.Serializer.DeserializeText<DynamoDbStreamEvent>("""
            {"Records":[{"eventID":"e1","eventName":"INSERT","dynamodb":{"SequenceNumber":"9","NewImage":{"Username":{"S":"ada"},"Score":{"N":"abc"}}}}]}
            """);

        var response = await handler.FunctionHandler(input, context);
        var empty = await handler.FunctionHandler(Events.Serializer.DeserializeText<DynamoDbStreamEvent>("""{"Records": null}"""), context);

        Assert.Empty(response.BatchItemFailures);
        Assert.Empty(empty.BatchItemFailures);
        Assert.Contains(logger.Lines, l => l.Contains("attribute Score is not numeric (got N \"abc\")"));
    }
}
