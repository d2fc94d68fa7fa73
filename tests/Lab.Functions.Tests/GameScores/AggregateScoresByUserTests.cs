using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Lab.Functions.GameScores;
using Lab.Functions.Shared.Events;
using Lab.Functions.Shared.ExactlyOnce;
using Lab.Functions.Tests.Support;
using Lab.Testing;

namespace Lab.Functions.Tests.GameScores;

[Collection("dynamodb-local")]
public sealed class AggregateScoresByUserTests(DynamoDbLocalFixture fixture)
{
    // The seed's own test event (seed 001, part 2), as given.
    private const string SeedJaneDoeEvent = """
        {
          "Records": [
            {
              "eventID": "1",
              "eventVersion": "1.0",
              "dynamodb": {
                "Keys": { "RecordID": { "N": "2" } },
                "NewImage": {
                  "RecordID": { "N": "2" },
                  "Username": { "S": "Jane Doe" },
                  "Score": { "N": "100" },
                  "Nickname": { "S": "JaneD" }
                },
                "StreamViewType": "NEW_IMAGE",
                "SequenceNumber": "111",
                "SizeBytes": 26
              },
              "awsRegion": "us-west-2",
              "eventName": "INSERT",
              "eventSourceARN": "arn:aws:dynamodb:us-west-2:account-id:table/GameScoreRecords/stream/2015-10-07T00:48:05.899",
              "eventSource": "aws:dynamodb"
            }
          ]
        }
        """;

    private sealed record Lab(AmazonDynamoDBClient Client, string Records, string ByUser, DynamoStreamTail Tail, AggregateScoresByUser Handler);

    private async Task<Lab> CreateLabAsync(AmazonDynamoDBClient? client = null)
    {
        client ??= fixture.CreateClient();
        var records = fixture.UniqueName("GameScoreRecords");
        var byUser = fixture.UniqueName("GameScoresByUser");
        var arn = await TestTables.CreateAsync(client, records, ("RecordID", ScalarAttributeType.N), stream: StreamViewType.NEW_IMAGE);
        await TestTables.CreateAsync(client, byUser, ("Username", ScalarAttributeType.S));
        return new Lab(client, records, byUser, new DynamoStreamTail(StreamsClients.For(fixture), arn!),
            new AggregateScoresByUser(client, byUser, TimeProvider.System));
    }

    private static Task PutScoreAsync(Lab lab, int recordId, string? user, AttributeValue? score)
    {
        var item = new Dictionary<string, AttributeValue> { ["RecordID"] = new() { N = recordId.ToString() } };
        if (user is not null) item["Username"] = new AttributeValue { S = user };
        if (score is not null) item["Score"] = score;
        return lab.Client.PutItemAsync(new PutItemRequest { TableName = lab.Records, Item = item });
    }

    private static async Task<Dictionary<string, decimal>> TotalsAsync(Lab lab) =>
        (await TestTables.ScanAsync(lab.Client, lab.ByUser))
            .Where(item => !StreamRecordLedger.IsMarker(item["Username"].S))
            .ToDictionary(item => item["Username"].S, item => decimal.Parse(item["Score"].N));

    private async Task<DynamoDbStreamEvent> ReadEventAsync(Lab lab) =>
        Events.FromDynamoStream(await lab.Tail.ReadNewAsync(), lab.Tail.StreamArn);

    [Fact]
    public async Task Seed_test_event_leaves_Jane_Doe_at_100_even_when_delivered_twice()
    {
        var lab = await CreateLabAsync();
        var input = Events.Serializer.DeserializeText<DynamoDbStreamEvent>(SeedJaneDoeEvent);

        var first = await lab.Handler.FunctionHandler(input, TestContext.For("AggregateScoresByUser").Context);
        Assert.Empty(first.BatchItemFailures);
        Assert.Equal(100m, (await TotalsAsync(lab))["Jane Doe"]);

        await lab.Handler.FunctionHandler(Events.Serializer.DeserializeText<DynamoDbStreamEvent>(SeedJaneDoeEvent), TestContext.For("AggregateScoresByUser").Context);
        Assert.Equal(new Dictionary<string, decimal> { ["Jane Doe"] = 100m }, await TotalsAsync(lab));
    }

    [Fact]
    public async Task Sums_scores_per_user_from_the_real_stream_with_one_write_per_user()
    {
        var counter = new RequestCounter();
        var lab = await CreateLabAsync(counter.CreateClient(fixture));
        var expected = new Dictionary<string, decimal>();
        for (var i = 1; i <= 30; i++)
        {
            var user = $"player{i % 4}";
            var score = i * 10 + 0.5m;
            expected[user] = expected.GetValueOrDefault(user) + score;
            await PutScoreAsync(lab, i, user, new AttributeValue { N = score.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }
        var input = await ReadEventAsync(lab);
        Assert.Equal(30, input.Records.Count);

        counter.Reset();
        var response = await lab.Handler.FunctionHandler(input, TestContext.For("AggregateScoresByUser").Context);
        var requests = counter.ByOperation;

        Assert.Empty(response.BatchItemFailures);
        Assert.Equal(expected, await TotalsAsync(lab));
        // 4 user updates + 30 record markers = 34 items fit one transaction: one request for the whole batch.
        Assert.Equal(new Dictionary<string, int> { ["TransactWriteItems"] = 1 }, requests);
    }

    [Fact]
    public async Task Bad_records_are_reported_by_event_id_and_skipped_while_the_others_are_applied()
    {
        var lab = await CreateLabAsync();
        await PutScoreAsync(lab, 1, "alice", new AttributeValue { N = "10" });
        await PutScoreAsync(lab, 2, null, new AttributeValue { N = "99" });            // no Username
        await PutScoreAsync(lab, 3, "bob", new AttributeValue { S = "lots" });         // Score not numeric
        await PutScoreAsync(lab, 4, "alice", new AttributeValue { N = "5" });
        var input = await ReadEventAsync(lab);
        var (context, logger) = TestContext.For("AggregateScoresByUser");

        var response = await lab.Handler.FunctionHandler(input, context);

        Assert.Empty(response.BatchItemFailures); // skipped, not retried: a retry cannot repair them
        Assert.Equal(new Dictionary<string, decimal> { ["alice"] = 15m }, await TotalsAsync(lab));
        var missingUser = input.Records[1];
        var badScore = input.Records[2];
        Assert.Contains(logger.Lines, l => l.Contains(missingUser.EventId!) && l.Contains(missingUser.Dynamodb!.SequenceNumber!) && l.Contains("Username is missing"));
        Assert.Contains(logger.Lines, l => l.Contains(badScore.EventId!) && l.Contains("Score is not numeric"));
    }

    [Fact]
    public async Task Redelivered_and_overlapping_batches_count_each_record_once()
    {
        var lab = await CreateLabAsync();
        for (var i = 1; i <= 20; i++)
        {
            await PutScoreAsync(lab, i, i % 2 == 0 ? "even" : "odd", new AttributeValue { N = i.ToString() });
        }
        var records = await lab.Tail.ReadNewAsync();
        var firstHalf = Events.FromDynamoStream(records.Take(10), lab.Tail.StreamArn);
        var all = Events.FromDynamoStream(records, lab.Tail.StreamArn);
        var context = TestContext.For("AggregateScoresByUser").Context;

        await lab.Handler.FunctionHandler(firstHalf, context);   // a bisected half succeeded ...
        await lab.Handler.FunctionHandler(all, context);         // ... then the whole batch is redelivered
        await lab.Handler.FunctionHandler(all, context);         // ... and once more

        Assert.Equal(new Dictionary<string, decimal> { ["even"] = 110m, ["odd"] = 100m }, await TotalsAsync(lab));
    }
}
