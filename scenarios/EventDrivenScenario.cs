using Amazon.DynamoDBv2.Model;
using Lab.Functions.EventDriven;
using System.Text.Json;

namespace Lab.Scenarios;

/// <summary>
/// LABS.md §5, the workshop's scoring: with failures injected at 5/10/10 %, one generator run must leave
/// AggregateTable exactly at the generator's expected totals for all 18 keys (solution stage), while the
/// workshop's starting point (start stage) drifts from them: the lesson of the lab.
/// </summary>
public sealed class EventDrivenScenario(int seed = 20261121, int batches = 250, int batchSize = 40) : ILabScenario
{
    public const int AggregationKeys = 18;
    // GeneratorLambda's own defaults: the stack sets no GENERATOR_* variables, so a deployed generator sends these.
    private const int DeployedBatches = 250;
    private const int DeployedBatchSize = 40;
    private static readonly (string Name, int Percent)[] WorkshopFailureRates =
        [(FailureInjection.StatePct, 5), (FailureInjection.MapPct, 10), (FailureInjection.ReducePct, 10)];

    public string Lab => "eventDriven";

    public async Task<IReadOnlyList<CheckResult>> RunAsync(ILabTarget target)
    {
        var stage = target.Outputs.Extra(Lab, "stage") ?? "solution";
        var parameters = target.Outputs.TableName(Lab, "ParameterTable");
        var aggregates = target.Outputs.TableName(Lab, "AggregateTable");
        foreach (var (name, percent) in WorkshopFailureRates)
        {
            await target.DynamoDb.PutItemAsync(new PutItemRequest
            {
                TableName = parameters,
                Item = new() { ["parameter"] = new AttributeValue { S = name }, ["value"] = new AttributeValue { N = $"{percent}" } },
            });
        }

        var before = await AggregateCheck.ReadAsync(target.DynamoDb, aggregates);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        target.Progress($"eventDriven ({stage}): GeneratorLambda sends {batches} x {batchSize} messages, failures at 5/10/10 %");
        var response = await target.RunScheduledAsync(Lab, "GeneratorLambda", new Dictionary<string, string>
        {
            [GeneratorLambda.SeedVariable] = $"{seed}",
            [GeneratorLambda.BatchesVariable] = $"{batches}",
            [GeneratorLambda.BatchSizeVariable] = $"{batchSize}",
            [GeneratorLambda.CheckSecondsVariable] = "0",
        });
        var generated = JsonSerializer.Deserialize<GeneratorResult>(response, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new InvalidOperationException($"GeneratorLambda returned no result: {response}");
        target.Progress($"eventDriven ({stage}): waiting for StateLambda, MapLambda and ReduceLambda to drain");
        await target.SettleAsync(TimeSpan.FromMinutes(5));
        target.Progress($"eventDriven ({stage}): {generated.MessagesSent} messages through the pipeline in {clock.Elapsed.TotalSeconds:F1} s " +
            $"({generated.MessagesSent / clock.Elapsed.TotalSeconds:F0} messages/s end to end)");

        // A deployed pipeline may still be catching up: drift is only drift once the timeout has passed.
        var comparison = await target.ReadSettledAsync(
            async () => AggregateCheck.Compare(generated.Expected, before, await AggregateCheck.ReadAsync(target.DynamoDb, aggregates)),
            c => c.Count == AggregationKeys && c.All(key => key.Match), TimeSpan.FromMinutes(5));
        var matching = comparison.Count(c => c.Match);
        var worst = comparison.OrderByDescending(c => Math.Abs(c.Expected - c.Actual)).First();
        var checks = new List<CheckResult>
        {
            CheckResult.Compare(Lab, $"{stage}: messages sent by the generator",
                target.AppliesRunSettings ? batches * batchSize : DeployedBatches * DeployedBatchSize, generated.MessagesSent),
            CheckResult.Compare(Lab, $"{stage}: aggregation keys expected", AggregationKeys, generated.Expected.Count),
        };
        checks.Add(stage == "start"
            ? new CheckResult(Lab, "start stage: aggregates drift from the generator's totals (the lab's lesson)",
                "at least one key off by more than 1e-5", $"{AggregationKeys - matching} keys off; worst {worst.Key}: {worst.Actual} vs {worst.Expected}",
                matching < AggregationKeys)
            : new CheckResult(Lab, "solution stage: all 18 aggregates equal the generator's totals within 1e-5",
                $"{AggregationKeys} of {AggregationKeys}", $"{matching} of {AggregationKeys}" + (matching < AggregationKeys ? $"; worst {worst.Key}: {worst.Actual} vs {worst.Expected}" : ""),
                matching == AggregationKeys && comparison.Count == AggregationKeys));
        return checks;
    }
}
