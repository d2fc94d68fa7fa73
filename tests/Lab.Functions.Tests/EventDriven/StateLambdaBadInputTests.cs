using System.Text;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Lab.Functions.EventDriven;
using Lab.Functions.Tests.Support;
using Lab.Streams;
using Lab.Testing;

namespace Lab.Functions.Tests.EventDriven;

[Collection("event-driven")]
public sealed class StateLambdaBadInputTests(DynamoDbLocalFixture dynamo, KinesaliteFixture kinesalite)
{
    [Fact]
    public async Task A_record_that_is_not_a_trade_message_is_reported_and_skipped_and_a_redelivery_writes_nothing_twice()
    {
        using var client = dynamo.CreateClient();
        var stateTable = dynamo.UniqueName("StateTable");
        var parameterTable = dynamo.UniqueName("ParameterTable");
        await TestTables.CreateAsync(client, stateTable, ("id", ScalarAttributeType.S), stream: StreamViewType.NEW_AND_OLD_IMAGES);
        await TestTables.CreateAsync(client, parameterTable, ("parameter", ScalarAttributeType.S));
        var kinesis = StreamsClients.For(kinesalite);
        var stream = kinesalite.UniqueName("IncomingDataStream");
        await kinesis.CreateStreamAsync(stream, 1);
        var summary = await kinesis.WaitUntilActiveAsync(stream, TimeSpan.FromSeconds(30));
        var now = new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);
        var good = $$$"""{"TradeID":"t1","Version":2,"Value":12.5,"Timestamp":{{{now.ToUnixTimeSeconds()}}},"Hierarchy":{"RiskType":"PV","Region":"EMEA","TradeDesk":"FXSpot"}}""";
        await kinesis.PutRecordsAsync(stream, new[]
        {
            new KinesisPutRecord(Encoding.UTF8.GetBytes("not json at all"), "x"),
            new KinesisPutRecord(Encoding.UTF8.GetBytes(good), "t1"),
            new KinesisPutRecord(Encoding.UTF8.GetBytes(good.Replace("\"PV\"", "\"Gamma\"")), "t2"),
        });
        var shard = (await kinesis.ListShardsAsync(stream)).Single();
        var records = (await kinesis.GetRecordsAsync(await kinesis.GetShardIteratorAsync(stream, shard.ShardId, ShardIteratorType.TRIM_HORIZON))).Records;
        var input = Events.FromKinesis(records, shard.ShardId, summary.StreamArn);
        var handler = new StateLambda(client, stateTable, parameterTable, Stage.Solution, new Random(1), new FixedClock(now.AddSeconds(2)));
        var (context, logger) = TestContext.For("StateLambda");

        var first = await handler.FunctionHandler(input, context);
        var again = await handler.FunctionHandler(input, context);

        Assert.Equal((1, 2), (first.Processed, first.Skipped));
        Assert.Equal((0, 3), (again.Processed, again.Skipped)); // the duplicate version is refused by the condition
        Assert.Contains(logger.Lines, l => l.Contains(records[0].SequenceNumber) && l.Contains("not a trade message"));
        Assert.Contains(logger.Lines, l => l.Contains(records[2].SequenceNumber) && l.Contains("Hierarchy.RiskType is 'Gamma'"));
        var state = await TestTables.ScanAsync(client, stateTable);
        Assert.Equal("12.5", Assert.Single(state)["Value"].N);
    }
}
