using Lab.Local.Tests.Support;
using Lab.Streams;

namespace Lab.Local.Tests;

[Collection(LocalEnginesCollection.Name)]
public sealed class IdleAndTrimTests(LocalEnginesFixture fixture)
{
    [Fact]
    public async Task WaitForIdleReturnsOnlyAfterRecordsWrittenJustBeforeAreDelivered()
    {
        var table = await StreamTable.CreateAsync(fixture.Engines, "idle");
        // A slow function: idle must wait for deliveries in progress, not just for an empty read.
        var runner = new ScriptedRunner(workTime: TimeSpan.FromMilliseconds(300));
        await using var run = await EmulatorRun.StartAsync(fixture.Engines, EmulatorRun.DefaultMapping(table.StreamArn) with { BatchSize = 2 }, runner);
        await run.WaitForIdleAsync();

        var ids = StreamTable.Ids("item", 5);
        await table.PutAsync(ids);
        await run.WaitForIdleAsync();

        Assert.Equal(ids, runner.Processed.Select(r => r.Key));
    }

    [Fact]
    public async Task AnEmptyTableAtTrimHorizonStillDeliversAfterAnotherTableWasWrittenFirst()
    {
        // DynamoDB Local numbers stream records across all its tables, so the iterator taken at A's empty
        // trim horizon ends up before A's first record once B has taken the next numbers: TrimmedDataAccessException.
        var tableA = await StreamTable.CreateAsync(fixture.Engines, "trim-a");
        var tableB = await StreamTable.CreateAsync(fixture.Engines, "trim-b");
        var runner = new ScriptedRunner();
        await using var run = await EmulatorRun.StartAsync(fixture.Engines, EmulatorRun.DefaultMapping(tableA.StreamArn) with { StartingPosition = "TRIM_HORIZON" }, runner);
        await run.WaitForIdleAsync();

        await tableB.PutAsync(StreamTable.Ids("b", 3));
        var ids = StreamTable.Ids("a", 3);
        await tableA.PutAsync(ids);
        await run.WaitForIdleAsync();

        Assert.Equal(ids, runner.Processed.Select(r => r.Key));
    }

    [Fact]
    public async Task DynamoDbLocalTrimsAnEmptyShardsHorizonIteratorOnceAnotherTableIsWritten()
    {
        // The engine behaviour the test above depends on: without it that test would pass without exercising the resume.
        var tableA = await StreamTable.CreateAsync(fixture.Engines, "trim-a");
        var tableB = await StreamTable.CreateAsync(fixture.Engines, "trim-b");
        var streams = fixture.Engines.DynamoDbStreams;
        var shardId = Assert.Single(await tableA.ShardIdsAsync());
        var iterator = await streams.GetShardIteratorAsync(tableA.StreamArn, shardId, ShardIteratorType.TRIM_HORIZON);

        await tableB.PutAsync(StreamTable.Ids("b", 3));
        await tableA.PutAsync(StreamTable.Ids("a", 3));

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => streams.GetRecordsAsync(iterator));
        Assert.Equal("TrimmedDataAccessException", error.ErrorType);
    }
}
