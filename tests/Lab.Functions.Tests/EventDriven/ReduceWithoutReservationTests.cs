using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Lab.Functions.EventDriven;
using Lab.Functions.Tests.Support;
using Lab.Testing;
using Xunit.Abstractions;

namespace Lab.Functions.Tests.EventDriven;

/// <summary>
/// Without ReduceLambda's reserved concurrency of 1 (accounts that cannot spare it), batches from different
/// ReduceTable stream shards run at the same time. The totals must still be exact: each batch's transactions
/// carry their own ClientRequestToken, ADD commutes, and a transaction that collides with another's fails and
/// is redelivered as the same batch.
/// </summary>
[Collection("dynamodb-local")]
public sealed class ReduceWithoutReservationTests(DynamoDbLocalFixture dynamo, ITestOutputHelper output)
{
    [Fact]
    public async Task Concurrent_batches_over_the_same_keys_with_injected_failures_add_up_exactly_once()
    {
        var client = dynamo.CreateClient();
        var reduceTable = dynamo.UniqueName("ReduceTable");
        var aggregateTable = dynamo.UniqueName("AggregateTable");
        var parameterTable = dynamo.UniqueName("ParameterTable");
        var reduceArn = await TestTables.CreateAsync(client, reduceTable, ("MessageId", ScalarAttributeType.S), stream: StreamViewType.NEW_IMAGE);
        await TestTables.CreateAsync(client, aggregateTable, ("Identifier", ScalarAttributeType.S));
        await TestTables.CreateAsync(client, parameterTable, ("parameter", ScalarAttributeType.S));
        await client.PutItemAsync(parameterTable, new() { ["parameter"] = new() { S = FailureInjection.ReducePct }, ["value"] = new() { N = "30" } });

        // 48 delta messages over the same six keys, as MapLambda writes them.
        string[] keys = ["PV", "PV:FXSpot", "PV:FXSpot:EMEA", "Delta", "Delta:FXOptions", "Delta:FXOptions:APAC"];
        var expected = keys.ToDictionary(k => k, _ => 0m);
        for (var message = 0; message < 48; message++)
        {
            var deltas = keys.ToDictionary(k => k, k => (decimal)(message * 7 % 13) - 6.25m + keys.ToList().IndexOf(k));
            foreach (var (key, value) in deltas) expected[key] += value;
            await client.PutItemAsync(reduceTable, new()
            {
                ["MessageId"] = new() { S = $"m{message:D3}" },
                ["Message"] = new() { S = System.Text.Json.JsonSerializer.Serialize(deltas) },
            });
        }
        var records = await new DynamoStreamTail(StreamsClients.For(dynamo), reduceArn!).ReadNewAsync();
        Assert.Equal(48, records.Count);

        // Eight batches as eight shards would deliver them, all at once; each is redelivered unchanged until it succeeds.
        var reduce = new ReduceLambda(client, aggregateTable, parameterTable, Stage.Solution, new Random(7));
        var failures = 0;
        await Task.WhenAll(records.Chunk(6).Select(batch => Task.Run(async () =>
        {
            var input = Events.FromDynamoStream(batch, reduceArn!);
            for (var delivery = 1; ; delivery++)
            {
                try
                {
                    await reduce.FunctionHandler(input, TestContext.For("ReduceLambda").Context);
                    return;
                }
                catch (Exception error) when (delivery < 100 && error is InjectedFailureException or TransactionCanceledException or TransactionConflictException)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        })));

        var actual = await AggregateCheck.ReadAsync(client, aggregateTable);
        output.WriteLine($"8 concurrent batches, {failures} failed deliveries redelivered");
        Assert.True(failures > 0, "no delivery failed: the test did not exercise redelivery");
        foreach (var key in keys)
            Assert.Equal(expected[key], actual[key]);
    }
}
