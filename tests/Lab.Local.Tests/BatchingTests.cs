using Lab.Local.Tests.Support;

namespace Lab.Local.Tests;

[Collection(LocalEnginesCollection.Name)]
public sealed class BatchingTests(LocalEnginesFixture fixture)
{
    // Wide enough that three bursts written one PutItem at a time fit in it even on a loaded machine (measured: 1.6 s).
    private const int WindowSeconds = 3;
    private static readonly TimeSpan BurstGap = TimeSpan.FromMilliseconds(300);

    [Fact]
    public async Task NoBatchIsLargerThanTheBatchSize()
    {
        var table = await StreamTable.CreateAsync(fixture.Engines, "batch-size");
        var ids = StreamTable.Ids("item", 7);
        await table.PutAsync(ids);
        var runner = new ScriptedRunner();
        await using var run = await EmulatorRun.StartAsync(fixture.Engines, EmulatorRun.DefaultMapping(table.StreamArn) with { BatchSize = 2 }, runner);

        await run.WaitForIdleAsync();

        // All 7 were readable at once, so the poller had to cut them into batches of 2, 2, 2 and 1.
        Assert.Equal([2, 2, 2, 1], runner.Invocations.Select(i => i.Records.Count));
        Assert.Equal(ids, runner.Processed.Select(r => r.Key));
    }

    [Fact]
    public async Task WithoutABatchingWindowTheFirstBurstIsDeliveredAlone()
    {
        var table = await StreamTable.CreateAsync(fixture.Engines, "no-window");
        var runner = new ScriptedRunner();
        await using var run = await EmulatorRun.StartAsync(fixture.Engines,
            EmulatorRun.DefaultMapping(table.StreamArn) with { BatchSize = 10, MaximumBatchingWindowInSeconds = 0 }, runner);
        await run.WaitForIdleAsync();

        var bursts = await WriteBurstsAsync(table);
        await run.WaitForIdleAsync();

        var first = runner.Invocations[0];
        Assert.All(first.Keys, key => Assert.Contains(key, bursts[0]));
        Assert.True(runner.Invocations.Count >= bursts.Length, $"Expected a batch per burst at least, got {runner.Invocations.Count}.");
        Assert.Equal(bursts.SelectMany(b => b), runner.Processed.Select(r => r.Key));
    }

    [Fact]
    public async Task ABatchingWindowGathersBurstsWrittenWithinItIntoOneBatch()
    {
        var table = await StreamTable.CreateAsync(fixture.Engines, "window");
        var runner = new ScriptedRunner();
        await using var run = await EmulatorRun.StartAsync(fixture.Engines,
            EmulatorRun.DefaultMapping(table.StreamArn) with { BatchSize = 10, MaximumBatchingWindowInSeconds = WindowSeconds }, runner);
        await run.WaitForIdleAsync();

        var started = DateTime.UtcNow;
        var bursts = await WriteBurstsAsync(table);
        var writing = DateTime.UtcNow - started;
        await run.WaitForIdleAsync();

        Assert.True(writing < TimeSpan.FromSeconds(WindowSeconds - 0.5),
            $"Writing the bursts took {writing.TotalMilliseconds:0} ms, too close to the {WindowSeconds} s window for this test to mean anything.");
        var batch = Assert.Single(runner.Invocations);
        Assert.Equal(bursts.SelectMany(b => b), batch.Keys);
    }

    [Fact]
    public async Task TheBatchSizeCutsABatchBeforeTheWindowCloses()
    {
        var table = await StreamTable.CreateAsync(fixture.Engines, "window-size");
        var runner = new ScriptedRunner();
        await using var run = await EmulatorRun.StartAsync(fixture.Engines,
            EmulatorRun.DefaultMapping(table.StreamArn) with { BatchSize = 4, MaximumBatchingWindowInSeconds = WindowSeconds }, runner);
        await run.WaitForIdleAsync();

        var bursts = await WriteBurstsAsync(table);
        await run.WaitForIdleAsync();

        Assert.Equal([4, 4, 1], runner.Invocations.Select(i => i.Records.Count));
        Assert.Equal(bursts.SelectMany(b => b), runner.Processed.Select(r => r.Key));
    }

    // Three bursts of three items, 300 ms apart: well apart for the emulator's 100 ms poll, well within the window.
    private static async Task<string[][]> WriteBurstsAsync(StreamTable table)
    {
        string[][] bursts = [StreamTable.Ids("first", 3), StreamTable.Ids("second", 3), StreamTable.Ids("third", 3)];
        for (var i = 0; i < bursts.Length; i++)
        {
            if (i > 0) await Task.Delay(BurstGap);
            await table.PutAsync(bursts[i]);
        }
        return bursts;
    }
}
