using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Lab.Functions.DesignPatterns;
using Lab.Functions.GameScores;
using Lab.Functions.Shared.Events;
using Lab.Functions.Shared.ExactlyOnce;
using Lab.Functions.Tests.Support;
using Lab.Functions.Tourney;
using Lab.Testing;
using Xunit.Abstractions;

namespace Lab.Functions.Tests.Measurements;

/// <summary>
/// DynamoDB requests per 1,000 stream records for each stream handler, counted at the HTTP layer, next to the
/// seed's request pattern on the very same records (batches of the lab's batch size).
/// </summary>
[Collection("dynamodb-local")]
public sealed class RequestsPerThousandRecordsTests(DynamoDbLocalFixture fixture, ITestOutputHelper output)
{
    private const int Records = 1000;

    private async Task<List<DynamoDbStreamEvent>> ReadBatchesAsync(string streamArn, int batchSize)
    {
        var records = await new DynamoStreamTail(StreamsClients.For(fixture), streamArn).ReadNewAsync();
        Assert.Equal(Records, records.Count);
        return records.Chunk(batchSize).Select(chunk => Events.FromDynamoStream(chunk, streamArn)).ToList();
    }

    private static async Task<int> CountAsync(RequestCounter counter, Func<Task> run)
    {
        counter.Reset();
        await run();
        return counter.Total;
    }

    private void Report(string function, int batchSize, int ours, string seedPattern, int seed) =>
        output.WriteLine($"| {function} | {batchSize} | {ours} | {seed} ({seedPattern}) |");

    [Fact]
    public async Task AggregateScoresByUser_issues_fewer_requests_than_the_seed_and_reaches_the_same_totals()
    {
        var counter = new RequestCounter();
        var client = counter.CreateClient(fixture);
        var source = fixture.UniqueName("GameScoreRecords");
        string ours = fixture.UniqueName("GameScoresByUser"), seed = fixture.UniqueName("GameScoresByUser");
        var arn = await TestTables.CreateAsync(client, source, ("RecordID", ScalarAttributeType.N), stream: StreamViewType.NEW_IMAGE);
        await TestTables.CreateAsync(client, ours, ("Username", ScalarAttributeType.S));
        await TestTables.CreateAsync(client, seed, ("Username", ScalarAttributeType.S));
        await Parallel.ForEachAsync(Enumerable.Range(1, Records), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
            await client.PutItemAsync(source, new() { ["RecordID"] = new() { N = $"{i}" }, ["Username"] = new() { S = $"user{i % 50}" }, ["Score"] = new() { N = $"{i % 97}" } }));
        var batches = await ReadBatchesAsync(arn!, batchSize: 100);
        var handler = new AggregateScoresByUser(client, ours, TimeProvider.System);

        var ourRequests = await CountAsync(counter, async () => { foreach (var b in batches) await handler.FunctionHandler(b, TestContext.For("AggregateScoresByUser").Context); });
        var seedRequests = await CountAsync(counter, async () => { foreach (var b in batches) await SeedBaselines.AggregateScoresAsync(client, seed, b); });

        Report("AggregateScoresByUser", 100, ourRequests, "UpdateItem per record", seedRequests);
        Assert.True(ourRequests < seedRequests);
        Assert.Equal(await ScoresAsync(client, seed), await ScoresAsync(client, ours));
    }

    [Fact]
    public async Task TaTourneyStats_issues_fewer_requests_than_the_seed()
    {
        var counter = new RequestCounter();
        var client = counter.CreateClient(fixture);
        var lab = await TaTourneyStats_Lab(client);
        var seedStats = fixture.UniqueName("TaTourneyStats");
        await TestTables.CreateAsync(client, seedStats, ("player", ScalarAttributeType.S));
        var batches = await ReadBatchesAsync(lab.Tail.StreamArn, batchSize: 10);

        var ourRequests = await CountAsync(counter, async () => { foreach (var b in batches) await lab.Handler.FunctionHandler(b, TestContext.For("TaTourneyStats").Context); });
        var seedRequests = await CountAsync(counter, async () => { foreach (var b in batches) await SeedBaselines.TourneyStatsAsync(client, seedStats, b); });

        Report("TaTourneyStats", 10, ourRequests, "GetItem + PutItem/UpdateItem per record", seedRequests);
        Assert.True(ourRequests < seedRequests);
    }

    [Fact]
    public async Task Ddbreplica_lambda_issues_no_more_requests_than_the_seed()
    {
        var counter = new RequestCounter();
        var client = counter.CreateClient(fixture);
        var lab = await DesignPatterns.DdbReplicaLambdaTests.CreateLabAsync(fixture, StreamViewType.NEW_IMAGE, client);
        var seedReplica = fixture.UniqueName("tlog_replica");
        await TestTables.CreateAsync(client, seedReplica, ("requestid", ScalarAttributeType.N));
        // 800 inserts, then 200 of them rewritten: 1,000 records, the modifications partly in the same batch as their insert.
        await Parallel.ForEachAsync(Enumerable.Range(1, 800), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
            await DesignPatterns.DdbReplicaLambdaTests.PutLogAsync(lab, i, $"host{i % 7}", i));
        for (var i = 1; i <= 200; i++) await DesignPatterns.DdbReplicaLambdaTests.PutLogAsync(lab, 800 - i * 3 % 800, "modified", i);
        var batches = await ReadBatchesAsync(lab.Tail.StreamArn, batchSize: 100);

        var ourRequests = await CountAsync(counter, async () => { foreach (var b in batches) await lab.Handler.FunctionHandler(b, TestContext.For("ddbreplica_lambda").Context); });
        var seedRequests = await CountAsync(counter, async () => { foreach (var b in batches) await SeedBaselines.ReplicaAsync(client, seedReplica, b); });

        Report("ddbreplica_lambda", 100, ourRequests, "PutItem per INSERT/MODIFY, deletes ignored", seedRequests);
        Assert.True(ourRequests <= seedRequests);
    }

    private async Task<Tourney.TaTourneyStatsTests.Lab> TaTourneyStats_Lab(AmazonDynamoDBClient client)
    {
        var lab = await Tourney.TaTourneyStatsTests.CreateLabAsync(fixture, client);
        await Tourney.TaTourneyStatsTests.WriteMatchesAsync(lab, matches: Records / 2, seed: 42);
        return lab;
    }

    private static async Task<Dictionary<string, decimal>> ScoresAsync(IAmazonDynamoDB client, string table) =>
        (await TestTables.ScanAsync(client, table))
            .Where(item => !StreamRecordLedger.IsMarker(item["Username"].S))
            .ToDictionary(item => item["Username"].S, item => decimal.Parse(item["Score"].N));
}
