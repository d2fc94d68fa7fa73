using Lab.Local.Tests.Support;

namespace Lab.Local.Tests;

[Collection(LocalEnginesCollection.Name)]
public sealed class ParallelizationTests(LocalEnginesFixture fixture)
{
    [Fact]
    public async Task WithParallelizationFactorTwoEachPartitionKeyKeepsItsOrder()
    {
        var stream = await KinesisStream.CreateAsync(fixture.Engines, "parallel", shards: 1);
        // "a" and "b" fall in different lanes of the emulator's partition-key hash, so their batches run side by side.
        var written = await stream.PutAsync(Enumerable.Range(0, 10).Select(i => (i % 2 == 0 ? "a" : "b", $"{(i % 2 == 0 ? "a" : "b")}-{i / 2}")).ToArray());
        // Lane "a" is slower, so with two lanes "b" overtakes it: order can only hold per key, not across keys.
        var runner = new ScriptedRunner((records, _) => Outcome.Success, workTime: TimeSpan.FromMilliseconds(150));
        await using var run = await EmulatorRun.StartAsync(fixture.Engines,
            EmulatorRun.DefaultMapping(stream.Arn) with { BatchSize = 2, ParallelizationFactor = 2 }, runner);

        await run.WaitForIdleAsync();

        Assert.Equal(2, runner.MaxConcurrent);
        Assert.All(runner.Invocations, i => Assert.Single(i.Keys.Distinct()));
        foreach (var key in new[] { "a", "b" })
            Assert.Equal(written.Where(w => w.PartitionKey == key).Select(w => w.Data), runner.Processed.Where(r => r.Key == key).Select(r => r.Payload));
    }
}
