using Lab.Local.Tests.Support;

namespace Lab.Local.Tests;

/// <summary>
/// Lambda's documented success and failure conditions for partial batch responses
/// (services-ddb-batchfailurereporting): a null or empty itemIdentifier, or one under a wrong key name,
/// fails the whole batch; an empty or null batchItemFailures list is a complete success.
/// </summary>
[Collection(LocalEnginesCollection.Name)]
public sealed class PartialResponseValidityTests(LocalEnginesFixture fixture)
{
    [Theory]
    [InlineData("""{"batchItemFailures":[{"itemIdentifier":null}]}""")]
    [InlineData("""{"batchItemFailures":[{"itemIdentifier":""}]}""")]
    [InlineData("""{"batchItemFailures":[{"itemId":"12345"}]}""")]
    public async Task AnUnusableItemIdentifierFailsTheWholeBatch(string response)
    {
        var ids = StreamTable.Ids("item", 3);
        var runner = await RunAsync(ids, response);

        Assert.Equal(2, runner.Invocations.Count);
        Assert.Equal(ids, runner.Invocations[1].Keys);
    }

    [Theory]
    [InlineData("""{"batchItemFailures":[]}""")]
    [InlineData("""{"batchItemFailures":null}""")]
    [InlineData("null")]
    [InlineData("{}")]
    public async Task AnEmptyPartialResponseIsACompleteSuccess(string response)
    {
        var runner = await RunAsync(StreamTable.Ids("item", 3), response);

        Assert.Single(runner.Invocations);
    }

    // The first invocation answers the response under test, any later one succeeds.
    private async Task<ScriptedRunner> RunAsync(string[] ids, string firstResponse)
    {
        var table = await StreamTable.CreateAsync(fixture.Engines, "partial-response");
        await table.PutAsync(ids);
        var runner = new ScriptedRunner((_, number) => number == 1 ? Outcome.Response(firstResponse) : Outcome.Success);
        await using var run = await EmulatorRun.StartAsync(fixture.Engines,
            EmulatorRun.DefaultMapping(table.StreamArn) with { ReportBatchItemFailures = true, MaximumRetryAttempts = 3 }, runner);
        await run.WaitForIdleAsync();
        Assert.Empty(run.Deployment.AllFailureMessages);
        return runner;
    }
}
