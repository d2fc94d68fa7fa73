using Lab.Local.Tests.Support;

namespace Lab.Local.Tests;

[Collection(LocalEnginesCollection.Name)]
public sealed class DeliveryOrderTests(LocalEnginesFixture fixture)
{
    [Fact]
    public async Task DynamoDbShardRecordsArriveInSequenceOrderAcrossBatches()
    {
        var table = await StreamTable.CreateAsync(fixture.Engines, "order");
        var ids = StreamTable.Ids("item", 8);
        await table.PutAsync(ids);
        var runner = new ScriptedRunner();
        await using var run = await EmulatorRun.StartAsync(fixture.Engines, EmulatorRun.DefaultMapping(table.StreamArn) with { BatchSize = 3 }, runner);

        await run.WaitForIdleAsync();

        Assert.True(runner.Invocations.Count >= 3, $"8 records with batch size 3 need at least 3 batches, got {runner.Invocations.Count}.");
        Assert.All(runner.Invocations, i => Assert.InRange(i.Records.Count, 1, 3));
        Assert.Equal(ids, runner.Processed.Select(r => r.Key));
        Assert.Equal(runner.Processed.Select(r => r.SequenceValue).Order(), runner.Processed.Select(r => r.SequenceValue));
        Assert.Equal("payload of item-00", runner.Processed[0].Payload);
    }

    [Fact]
    public async Task EachOfTwoKinesisShardsIsDeliveredInItsOwnSequenceOrder()
    {
        var stream = await KinesisStream.CreateAsync(fixture.Engines, "two-shards", shards: 2);
        // Enough distinct partition keys that both shards get records (kinesalite hashes them over the two halves of the key space).
        var written = await stream.PutAsync(Enumerable.Range(0, 12).Select(i => ($"key-{i}", $"record-{i:D2}")).ToArray());
        Assert.Equal(2, written.Select(w => w.ShardId).Distinct().Count());
        var runner = new ScriptedRunner();
        await using var run = await EmulatorRun.StartAsync(fixture.Engines, EmulatorRun.DefaultMapping(stream.Arn) with { BatchSize = 2 }, runner);

        await run.WaitForIdleAsync();

        Assert.All(runner.Invocations, i => Assert.Single(i.Records.Select(r => r.ShardId).Distinct()));
        foreach (var shard in written.GroupBy(w => w.ShardId))
        {
            var delivered = runner.Processed.Where(r => r.ShardId == shard.Key).ToList();
            Assert.Equal(shard.Select(w => w.Data), delivered.Select(r => r.Payload));
            Assert.Equal(shard.Select(w => w.SequenceNumber), delivered.Select(r => r.SequenceNumber));
        }
    }
}
