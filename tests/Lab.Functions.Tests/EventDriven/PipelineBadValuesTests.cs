using System.Text;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Lab.Functions.EventDriven;
using Lab.Functions.Tests.Support;
using Lab.Streams;
using Lab.Testing;

namespace Lab.Functions.Tests.EventDriven;

/// <summary>
/// No value a producer can send blocks the eventDriven lab: StateLambda refuses what the pipeline could not sum
/// exactly and what DynamoDB could not key, by name, and MapLambda and ReduceLambda (whose retries are unbounded)
/// skip a record that would overflow their sums instead of failing the batch.
/// </summary>
[Collection("event-driven")]
public sealed class PipelineBadValuesTests(DynamoDbLocalFixture dynamo, KinesaliteFixture kinesalite)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    private static string Trade(string id, string value, double? timestamp = null) =>
        $$$"""{"TradeID":"{{{id}}}","Version":2,"Value":{{{value}}},"Timestamp":{{{(timestamp ?? Now.ToUnixTimeSeconds()).ToString(System.Globalization.CultureInfo.InvariantCulture)}}},"Hierarchy":{"RiskType":"PV","Region":"EMEA","TradeDesk":"FXSpot"}}""";

    [Fact]
    public async Task StateLambda_names_and_skips_unsummable_values_bad_keys_and_bad_timestamps_and_counts_old_trades()
    {
        using var client = dynamo.CreateClient();
        var stateTable = dynamo.UniqueName("StateTable");
        var parameterTable = dynamo.UniqueName("ParameterTable");
        await TestTables.CreateAsync(client, stateTable, ("id", ScalarAttributeType.S), stream: StreamViewType.NEW_AND_OLD_IMAGES);
        await TestTables.CreateAsync(client, parameterTable, ("parameter", ScalarAttributeType.S));
        // A typo in a failure-injection parameter must not fail every invocation.
        await client.PutItemAsync(parameterTable, new() { ["parameter"] = new() { S = FailureInjection.StatePct }, ["value"] = new() { S = "5%" } });
        var kinesis = StreamsClients.For(kinesalite);
        var stream = kinesalite.UniqueName("IncomingDataStream");
        await kinesis.CreateStreamAsync(stream, 1);
        var summary = await kinesis.WaitUntilActiveAsync(stream, TimeSpan.FromSeconds(30));
        var messages = new[]
        {
            Trade("huge", "7e28"), Trade("", "1"), Trade(new string('t', 2049), "1"), Trade("future", "1", 1e13), Trade("past", "1", -1e13),
            Trade("old", "3", Now.AddMinutes(-5).ToUnixTimeSeconds()),
        }.Concat(Enumerable.Range(1, 50).Select(i => Trade($"good{i}", "2.5"))).ToList();
        await kinesis.PutRecordsAsync(stream, messages.Select((m, i) => new KinesisPutRecord(Encoding.UTF8.GetBytes(m), $"k{i}")).ToList());
        var shard = (await kinesis.ListShardsAsync(stream)).Single();
        var records = (await kinesis.GetRecordsAsync(await kinesis.GetShardIteratorAsync(stream, shard.ShardId, ShardIteratorType.TRIM_HORIZON))).Records;
        var handler = new StateLambda(client, stateTable, parameterTable, Stage.Solution, new Random(1), new FixedClock(Now.AddSeconds(2)));
        var (context, logger) = TestContext.For("StateLambda");

        var result = await handler.FunctionHandler(Events.FromKinesis(records, shard.ShardId, summary.StreamArn), context);

        Assert.Equal((50, 5, 1), (result.Processed, result.Skipped, result.TooOld));
        Assert.Contains(logger.Lines, l => l.Contains(records[0].SequenceNumber) && l.Contains("Value 70000000000000000000000000000 is outside ±1e15"));
        Assert.Contains(logger.Lines, l => l.Contains(records[1].SequenceNumber) && l.Contains("TradeID is empty"));
        Assert.Contains(logger.Lines, l => l.Contains(records[2].SequenceNumber) && l.Contains("TradeID is 2,049 bytes"));
        Assert.Contains(logger.Lines, l => l.Contains(records[3].SequenceNumber) && l.Contains("Timestamp 10000000000000 is not epoch seconds"));
        Assert.Contains(logger.Lines, l => l.Contains(records[4].SequenceNumber) && l.Contains("Timestamp -10000000000000 is not epoch seconds"));
        Assert.Contains(logger.Lines, l => l.Contains("[Warning]") && l.Contains("1 of 56 trade(s) were older than 60 s"));
        Assert.Contains(logger.Lines, l => l.Contains("value '5%'") && l.Contains("Injecting no failures"));
        Assert.Equal(50, (await TestTables.ScanAsync(client, stateTable)).Count);
    }

    [Fact]
    public async Task MapLambda_and_ReduceLambda_skip_a_record_that_would_overflow_their_sums_and_keep_the_good_ones()
    {
        using var client = dynamo.CreateClient();
        var (stateTable, reduceTable, aggregateTable, parameterTable, stateArn, reduceArn) = await PipelineTables.CreateAsync(client, dynamo);
        // Written straight into StateTable (the start stage's unconditional writes, or a student's own): two values
        // whose sum overflows decimal, and a modification from -7e28 to 7e28, around 50 good trades.
        var hierarchy = new AttributeValue { S = """{"Region":"EMEA","RiskType":"PV","TradeDesk":"FXSpot"}""" };
        async Task PutAsync(string id, string value) =>
            await client.PutItemAsync(stateTable, new() { ["id"] = new() { S = id }, ["Value"] = new() { N = value }, ["Version"] = new() { N = "1" }, ["Hierarchy"] = hierarchy });
        await PutAsync("big1", "7e28");
        await PutAsync("big2", "7e28");
        await PutAsync("swing", "-7e28");
        await PutAsync("swing", "7e28");
        for (var i = 1; i <= 50; i++) await PutAsync($"good{i}", "2");
        var mapInput = Events.FromDynamoStream(await new DynamoStreamTail(StreamsClients.For(dynamo), stateArn).ReadNewAsync(), stateArn);
        var (mapContext, mapLogger) = TestContext.For("MapLambda");

        var mapped = await new MapLambda(client, reduceTable, parameterTable, Stage.Solution, new Random(1)).FunctionHandler(mapInput, mapContext);

        Assert.Equal(54, mapInput.Records.Count);
        Assert.Equal(2, mapped.Skipped);  // big2 (its sum with big1 overflows) and swing's MODIFY (a delta of 1.4e29)
        Assert.Contains(mapLogger.Lines, l => l.Contains("decimal overflow"));
        // Reduce: the good message plus one whose deltas overflow when added to it.
        await client.PutItemAsync(reduceTable, new() { ["MessageId"] = new() { S = "huge" }, ["Message"] = new() { S = """{"PV":79000000000000000000000000000}""" } });
        await client.PutItemAsync(reduceTable, new() { ["MessageId"] = new() { S = "huge2" }, ["Message"] = new() { S = """{"PV":79000000000000000000000000000}""" } });
        var reduceInput = Events.FromDynamoStream(await new DynamoStreamTail(StreamsClients.For(dynamo), reduceArn).ReadNewAsync(), reduceArn);
        var (reduceContext, reduceLogger) = TestContext.For("ReduceLambda");

        var reduced = await new ReduceLambda(client, aggregateTable, parameterTable, Stage.Solution, new Random(1)).FunctionHandler(reduceInput, reduceContext);

        Assert.Equal(1, reduced.Skipped);
        Assert.Contains(reduceLogger.Lines, l => l.Contains("decimal overflow"));
        var aggregates = await AggregateCheck.ReadAsync(client, aggregateTable);
        // MapLambda kept big1 (7e28), swing's insert (-7e28) and the 50 good trades of 2; ReduceLambda kept the first huge message.
        Assert.Equal(100m, aggregates["PV:FXSpot:EMEA"]);
        Assert.Equal(79000000000000000000000000100m, aggregates["PV"]);
    }
}
