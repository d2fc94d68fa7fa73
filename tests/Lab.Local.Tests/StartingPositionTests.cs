using Lab.Local.Tests.Support;

namespace Lab.Local.Tests;

[Collection(LocalEnginesCollection.Name)]
public sealed class StartingPositionTests(LocalEnginesFixture fixture)
{
    [Fact]
    public async Task LatestSkipsRecordsWrittenBeforeTheEmulatorStarted()
    {
        var table = await StreamTable.CreateAsync(fixture.Engines, "latest");
        await table.PutAsync(StreamTable.Ids("before", 3));
        var runner = new ScriptedRunner();
        await using var run = await EmulatorRun.StartAsync(fixture.Engines, EmulatorRun.DefaultMapping(table.StreamArn) with { StartingPosition = "LATEST" }, runner);
        await run.WaitForIdleAsync();

        var after = StreamTable.Ids("after", 2);
        await table.PutAsync(after);
        await run.WaitForIdleAsync();

        Assert.Equal(after, runner.Processed.Select(r => r.Key));
    }

    [Fact]
    public async Task LatestDeliversRecordsWrittenAsSoonAsStartReturns()
    {
        // Local runs start the emulator and write straight away; the LATEST mappings of the stack must see those writes.
        var table = await StreamTable.CreateAsync(fixture.Engines, "latest-now");
        var runner = new ScriptedRunner();
        await using var run = await EmulatorRun.StartAsync(fixture.Engines, EmulatorRun.DefaultMapping(table.StreamArn) with { StartingPosition = "LATEST" }, runner);

        var ids = StreamTable.Ids("item", 3);
        await table.PutAsync(ids);
        await run.WaitForIdleAsync();

        Assert.Equal(ids, runner.Processed.Select(r => r.Key));
    }

    [Fact]
    public async Task TrimHorizonDeliversRecordsWrittenBeforeTheEmulatorStarted()
    {
        var table = await StreamTable.CreateAsync(fixture.Engines, "trim-horizon");
        var before = StreamTable.Ids("before", 3);
        await table.PutAsync(before);
        var runner = new ScriptedRunner();
        await using var run = await EmulatorRun.StartAsync(fixture.Engines, EmulatorRun.DefaultMapping(table.StreamArn) with { StartingPosition = "TRIM_HORIZON" }, runner);
        await run.WaitForIdleAsync();

        var after = StreamTable.Ids("after", 2);
        await table.PutAsync(after);
        await run.WaitForIdleAsync();

        Assert.Equal(before.Concat(after), runner.Processed.Select(r => r.Key));
    }

    [Fact]
    public async Task LatestOnKinesisSkipsRecordsPutBeforeTheEmulatorStarted()
    {
        var stream = await KinesisStream.CreateAsync(fixture.Engines, "latest", shards: 1);
        await stream.PutAsync(("a", "before-0"), ("a", "before-1"));
        var runner = new ScriptedRunner();
        await using var run = await EmulatorRun.StartAsync(fixture.Engines, EmulatorRun.DefaultMapping(stream.Arn) with { StartingPosition = "LATEST" }, runner);
        await run.WaitForIdleAsync();

        await stream.PutAsync(("a", "after-0"));
        await run.WaitForIdleAsync();

        Assert.Equal(["after-0"], runner.Processed.Select(r => r.Payload));
    }
}
