using System.Text.Json;
using Lab.Local.Tests.Support;

namespace Lab.Local.Tests;

[Collection(LocalEnginesCollection.Name)]
public sealed class RetryTests(LocalEnginesFixture fixture)
{
    [Fact]
    public async Task AFailingBatchIsDeliveredAgainUntilItSucceeds()
    {
        var table = await StreamTable.CreateAsync(fixture.Engines, "retry");
        var ids = StreamTable.Ids("item", 3);
        await table.PutAsync(ids);
        var runner = new ScriptedRunner((_, number) => number <= 2 ? Outcome.Error("downstream unavailable") : Outcome.Success);
        await using var run = await EmulatorRun.StartAsync(fixture.Engines, EmulatorRun.DefaultMapping(table.StreamArn) with { MaximumRetryAttempts = 5 }, runner);

        await run.WaitForIdleAsync();

        Assert.Equal([false, false, true], runner.Invocations.Select(i => i.Succeeded));
        Assert.All(runner.Invocations, i => Assert.Equal(ids, i.Keys));
        Assert.Equal(ids, runner.Processed.Select(r => r.Key));
        Assert.Empty(run.Deployment.AllFailureMessages);
        var statistics = Assert.Single(run.Emulator.Statistics());
        Assert.Equal((3, 2, 0), (statistics.Delivered, statistics.Retries, statistics.Discarded));
    }

    [Fact]
    public async Task ABatchThatKeepsFailingIsTriedMaximumRetryAttemptsPlusOneTimesThenSentToTheDestination()
    {
        var table = await StreamTable.CreateAsync(fixture.Engines, "exhausted");
        var bad = StreamTable.Ids("bad", 2);
        await table.PutAsync(bad);
        var runner = new ScriptedRunner((records, _) => records.Any(r => r.Key.StartsWith("bad")) ? Outcome.Error("cannot process bad records") : Outcome.Success);
        await using var run = await EmulatorRun.StartAsync(fixture.Engines,
            EmulatorRun.DefaultMapping(table.StreamArn) with { BatchSize = 2, MaximumRetryAttempts = 2 }, runner);
        await run.WaitForIdleAsync();

        // Written after the failing batch gave up: the shard must have moved on.
        var good = StreamTable.Ids("good", 2);
        await table.PutAsync(good);
        await run.WaitForIdleAsync();

        var badAttempts = runner.Invocations.Where(i => i.Contains(bad[0])).ToList();
        Assert.Equal(3, badAttempts.Count);
        Assert.All(badAttempts, i => Assert.Equal(bad, i.Keys));
        Assert.Equal(good, runner.Processed.Select(r => r.Key));

        var message = JsonDocument.Parse(Assert.Single(run.FailureMessages)).RootElement;
        var batchInfo = message.GetProperty("batchInfo");
        var failed = badAttempts[0].Records;
        Assert.Equal(Assert.Single(await table.ShardIdsAsync()), batchInfo.GetProperty("shardId").GetString());
        Assert.Equal(failed[0].SequenceNumber, batchInfo.GetProperty("startSequenceNumber").GetString());
        Assert.Equal(failed[^1].SequenceNumber, batchInfo.GetProperty("endSequenceNumber").GetString());
        Assert.Equal(2, batchInfo.GetProperty("batchSize").GetInt32());
        Assert.Equal(table.StreamArn, batchInfo.GetProperty("eventSourceArn").GetString());
        Assert.Equal(3, message.GetProperty("requestContext").GetProperty("approximateInvokeCount").GetInt32());
        Assert.Equal("cannot process bad records", message.GetProperty("responseContext").GetProperty("functionError").GetString());
    }

    [Fact]
    public async Task BisectingIsolatesThePoisonRecordAndDeliversTheRest()
    {
        var table = await StreamTable.CreateAsync(fixture.Engines, "bisect");
        string[] ids = ["item-00", "item-01", "poison", "item-03"];
        await table.PutAsync(ids);
        var runner = new ScriptedRunner((records, _) => records.Any(r => r.Key == "poison") ? Outcome.Error("poison record") : Outcome.Success);
        await using var run = await EmulatorRun.StartAsync(fixture.Engines,
            EmulatorRun.DefaultMapping(table.StreamArn) with { BatchSize = 4, MaximumRetryAttempts = 1, BisectBatchOnFunctionError = true }, runner);

        await run.WaitForIdleAsync();

        Assert.Equal(ids, runner.Invocations[0].Keys);
        Assert.Equal(["item-00", "item-01", "item-03"], runner.Processed.Select(r => r.Key));
        Assert.All(runner.Invocations.Where(i => i.Succeeded), i => Assert.DoesNotContain("poison", i.Keys));
        Assert.Equal(2, runner.Invocations.Count(i => i.Keys.SequenceEqual(["poison"])));
        var poison = runner.Invocations.First(i => i.Contains("poison")).Records.Single(r => r.Key == "poison");
        var batchInfo = JsonDocument.Parse(Assert.Single(run.FailureMessages)).RootElement.GetProperty("batchInfo");
        Assert.Equal(1, batchInfo.GetProperty("batchSize").GetInt32());
        Assert.Equal(poison.SequenceNumber, batchInfo.GetProperty("startSequenceNumber").GetString());
        Assert.Equal(poison.SequenceNumber, batchInfo.GetProperty("endSequenceNumber").GetString());
    }

    [Fact]
    public async Task APartialBatchFailureRedeliversFromTheFirstFailedRecordOnly()
    {
        var table = await StreamTable.CreateAsync(fixture.Engines, "partial");
        var ids = StreamTable.Ids("item", 5);
        await table.PutAsync(ids);
        var runner = new ScriptedRunner((records, number) =>
            number == 1 ? Outcome.ItemFailures(records.Single(r => r.Key == "item-02").SequenceNumber) : Outcome.Success);
        await using var run = await EmulatorRun.StartAsync(fixture.Engines,
            EmulatorRun.DefaultMapping(table.StreamArn) with { BatchSize = 5, ReportBatchItemFailures = true, MaximumRetryAttempts = 3 }, runner);

        await run.WaitForIdleAsync();

        Assert.Equal(2, runner.Invocations.Count);
        Assert.Equal(ids, runner.Invocations[0].Keys);
        Assert.Equal(["item-02", "item-03", "item-04"], runner.Invocations[1].Keys);
        Assert.Equal(ids, runner.Processed.Select(r => r.Key));
        Assert.Empty(run.Deployment.AllFailureMessages);
    }

    [Fact]
    public async Task BatchItemFailuresAreIgnoredWhenTheMappingDoesNotReportThem()
    {
        var table = await StreamTable.CreateAsync(fixture.Engines, "partial-off");
        var ids = StreamTable.Ids("item", 3);
        await table.PutAsync(ids);
        var runner = new ScriptedRunner((records, _) => Outcome.ItemFailures(records[0].SequenceNumber));
        await using var run = await EmulatorRun.StartAsync(fixture.Engines,
            EmulatorRun.DefaultMapping(table.StreamArn) with { ReportBatchItemFailures = false }, runner);

        await run.WaitForIdleAsync();

        // Without FunctionResponseTypes ReportBatchItemFailures, Lambda treats any successful response as success.
        Assert.Equal(ids, Assert.Single(runner.Invocations).Keys);
        Assert.Empty(run.Deployment.AllFailureMessages);
    }
}
