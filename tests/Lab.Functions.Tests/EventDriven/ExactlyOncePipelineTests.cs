using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Lab.Functions.EventDriven;
using Lab.Functions.Shared.Events;
using Lab.Functions.Tests.Support;
using Lab.Streams;
using Lab.Testing;
using Xunit.Abstractions;

namespace Lab.Functions.Tests.EventDriven;

[Collection("event-driven")]
public sealed class ExactlyOncePipelineTests(DynamoDbLocalFixture dynamo, KinesaliteFixture kinesalite, ITestOutputHelper output)
{
    private static readonly DateTimeOffset GeneratedAt = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    private sealed record Run(IReadOnlyDictionary<string, decimal> Expected, Dictionary<string, decimal> Actual, PipelineDriver Driver, int Messages, TimeSpan Elapsed, RequestCounter Requests);

    private async Task<Run> RunWorkshopAsync(Stage stage, int seed)
    {
        var started = DateTimeOffset.UtcNow;
        var counter = new RequestCounter();
        var client = counter.CreateClient(dynamo);
        var (stateTable, reduceTable, aggregateTable, parameterTable, stateArn, reduceArn) = await PipelineTables.CreateAsync(client, dynamo);
        // The workshop's failure rates.
        foreach (var (name, pct) in new[] { (FailureInjection.StatePct, "5"), (FailureInjection.MapPct, "10"), (FailureInjection.ReducePct, "10") })
        {
            await client.PutItemAsync(parameterTable, new() { ["parameter"] = new() { S = name }, ["value"] = new() { N = pct } });
        }

        var kinesis = StreamsClients.For(kinesalite);
        var stream = kinesalite.UniqueName("IncomingDataStream");
        await kinesis.CreateStreamAsync(stream, 2);
        var summary = await kinesis.WaitUntilActiveAsync(stream, TimeSpan.FromSeconds(30));

        var generator = new GeneratorLambda(client, new KinesisTradeSink(kinesis, stream), aggregateTable,
            new GeneratorLambda.GeneratorOptions(Batches: 250, BatchSize: 40, SpecialTrades: true, CheckSeconds: 0),
            new Random(seed), new FixedClock(GeneratedAt));
        var generated = await generator.FunctionHandler(new ScheduledEvent(), TestContext.For("GeneratorLambda").Context);

        var streams = StreamsClients.For(dynamo);
        var processingClock = new FixedClock(GeneratedAt.AddSeconds(5));
        var driver = new PipelineDriver(kinesis, stream, summary.StreamArn,
            new DynamoStreamTail(streams, stateArn), new DynamoStreamTail(streams, reduceArn),
            new StateLambda(client, stateTable, parameterTable, stage, new Random(seed + 1), processingClock),
            new MapLambda(client, reduceTable, parameterTable, stage, new Random(seed + 2)),
            new ReduceLambda(client, aggregateTable, parameterTable, stage, new Random(seed + 3)));
        counter.Reset();
        await driver.RunUntilDrainedAsync();
        var requests = counter;

        var actual = await AggregateCheck.ReadAsync(client, aggregateTable);
        var run = new Run(generated.Expected, actual, driver, generated.MessagesSent, DateTimeOffset.UtcNow - started, requests);
        output.WriteLine($"{stage}: {run.Messages} messages in {run.Elapsed.TotalSeconds:F1} s; invocations " +
            string.Join(", ", driver.Invocations.Select(p => $"{p.Key}={p.Value} (failed {driver.Failures[p.Key]})")));
        output.WriteLine($"{stage}: DynamoDB requests while draining: {requests.Total} ({requests.Describe()})");
        foreach (var row in AggregateCheck.Compare(run.Expected, new Dictionary<string, decimal>(), actual))
        {
            output.WriteLine($"  {row.Key,-22} expected {row.Expected,14} actual {row.Actual,14} {(row.Match ? "ok" : "DRIFT")}");
        }
        return run;
    }

    [Fact]
    public async Task Solution_stage_matches_the_generator_exactly_for_all_18_keys_despite_injected_failures()
    {
        var run = await RunWorkshopAsync(Stage.Solution, seed: 2024);

        Assert.True(run.Messages >= 10_000);
        // The failures really happened and were retried.
        Assert.All(run.Driver.Failures, f => Assert.True(f.Value > 0, $"{f.Key} never failed"));
        var comparison = AggregateCheck.Compare(run.Expected, new Dictionary<string, decimal>(), run.Actual);
        Assert.Equal(18, comparison.Count);
        Assert.All(comparison, row => Assert.True(row.Match, $"{row.Key}: expected {row.Expected}, actual {row.Actual}"));
        Assert.Equal(run.Expected.Where(p => p.Key.Count(c => c == ':') == 0).Sum(p => p.Value),
            run.Actual.Where(p => p.Key is "PV" or "Delta").Sum(p => p.Value));
    }

    [Fact]
    public async Task Start_stage_drifts_from_the_generator_under_the_same_failures()
    {
        var run = await RunWorkshopAsync(Stage.Start, seed: 2024);

        var comparison = AggregateCheck.Compare(run.Expected, new Dictionary<string, decimal>(), run.Actual);
        Assert.Contains(comparison, row => !row.Match);
    }
}
