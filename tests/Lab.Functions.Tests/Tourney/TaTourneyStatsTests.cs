using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Lab.Functions.Shared.Events;
using Lab.Functions.Shared.ExactlyOnce;
using Lab.Functions.Tests.Support;
using Lab.Functions.Tourney;
using Lab.Testing;

namespace Lab.Functions.Tests.Tourney;

[Collection("dynamodb-local")]
public sealed class TaTourneyStatsTests(DynamoDbLocalFixture fixture)
{
    internal sealed record Lab(AmazonDynamoDBClient Client, string Tourney, string Stats, DynamoStreamTail Tail, TaTourneyStats Handler);

    internal static async Task<Lab> CreateLabAsync(DynamoDbLocalFixture fixture, AmazonDynamoDBClient? client = null)
    {
        client ??= fixture.CreateClient();
        var tourney = fixture.UniqueName("TaTourney");
        var stats = fixture.UniqueName("TaTourneyStats");
        var arn = await TestTables.CreateAsync(client, tourney, ("match_id", ScalarAttributeType.S), ("player", ScalarAttributeType.S), StreamViewType.NEW_IMAGE);
        await TestTables.CreateAsync(client, stats, ("player", ScalarAttributeType.S));
        return new Lab(client, tourney, stats, new DynamoStreamTail(StreamsClients.For(fixture), arn!), new TaTourneyStats(client, stats, TimeProvider.System));
    }

    internal static Task WriteMatchesAsync(Lab lab, int matches, int seed) =>
        new TourneyWriter(lab.Client, lab.Tourney, matches, TourneyWriter.DefaultPlayers, new Random(seed), TimeProvider.System)
            .FunctionHandler(new ScheduledEvent { Time = DateTimeOffset.UtcNow }, TestContext.For("TourneyWriter").Context);

    private sealed record Stats(decimal Games, decimal Wins, decimal Total, decimal Avg, string WinPercent);

    /// <summary>What the stats must be, computed from TaTourney itself.</summary>
    private static async Task<Dictionary<string, Stats>> ExpectedAsync(Lab lab) =>
        (await TestTables.ScanAsync(lab.Client, lab.Tourney))
            .GroupBy(item => item["player"].S)
            .ToDictionary(g => g.Key, g =>
            {
                decimal games = g.Count(), wins = g.Count(i => i.ContainsKey("winner")), total = g.Sum(i => decimal.Parse(i["score"].N));
                return new Stats(games, wins, total, Math.Round(total / games, 6), (wins * 100m / games).ToString("0.00", CultureInfo.InvariantCulture) + "%");
            });

    private static async Task<Dictionary<string, Stats>> ActualAsync(Lab lab) =>
        (await TestTables.ScanAsync(lab.Client, lab.Stats))
            .Where(item => !StreamRecordLedger.IsMarker(item["player"].S))
            .ToDictionary(item => item["player"].S, item => new Stats(
                decimal.Parse(item["games"].N), decimal.Parse(item["wins"].N), decimal.Parse(item["total_score"].N),
                decimal.Parse(item["avg_score"].N), item["win_percent"].S));

    private static async Task ProcessAsync(Lab lab, List<DynamoDbStreamEvent> batches)
    {
        foreach (var batch in batches)
        {
            var response = await lab.Handler.FunctionHandler(batch, TestContext.For("TaTourneyStats").Context);
            Assert.Empty(response.BatchItemFailures);
        }
    }

    internal static async Task<List<DynamoDbStreamEvent>> BatchesAsync(Lab lab, int batchSize)
    {
        var records = await lab.Tail.ReadNewAsync();
        return records.Chunk(batchSize).Select(chunk => Events.FromDynamoStream(chunk, lab.Tail.StreamArn)).ToList();
    }

    [Fact]
    public async Task Keeps_games_wins_total_true_mean_and_win_percent_per_player()
    {
        var lab = await CreateLabAsync(fixture);
        await WriteMatchesAsync(lab, matches: 25, seed: 7);

        await ProcessAsync(lab, await BatchesAsync(lab, batchSize: 10)); // the lab's batch size

        var expected = await ExpectedAsync(lab);
        Assert.Equal(expected, await ActualAsync(lab));
        Assert.Equal(50m, expected.Values.Sum(s => s.Games));
    }

    [Fact]
    public async Task Concurrent_batches_for_the_same_players_lose_no_update()
    {
        var lab = await CreateLabAsync(fixture);
        await WriteMatchesAsync(lab, matches: 30, seed: 11);
        var batches = await BatchesAsync(lab, batchSize: 10);

        // Two shards' batches touching the same players at once: the version condition makes one of them retry.
        await Task.WhenAll(batches.Select(b => lab.Handler.FunctionHandler(b, TestContext.For("TaTourneyStats").Context)));

        Assert.Equal(await ExpectedAsync(lab), await ActualAsync(lab));
    }

    [Fact]
    public async Task Redelivered_batches_count_each_game_once()
    {
        var lab = await CreateLabAsync(fixture);
        await WriteMatchesAsync(lab, matches: 15, seed: 3);
        var batches = await BatchesAsync(lab, batchSize: 10);

        await ProcessAsync(lab, batches);
        var once = await ActualAsync(lab);
        await ProcessAsync(lab, batches);
        await ProcessAsync(lab, batches.Take(1).ToList());

        Assert.Equal(once, await ActualAsync(lab));
        Assert.Equal(await ExpectedAsync(lab), once);
    }

    [Fact]
    public async Task A_record_without_a_numeric_score_is_reported_and_skipped()
    {
        var lab = await CreateLabAsync(fixture);
        await lab.Client.PutItemAsync(new PutItemRequest
        {
            TableName = lab.Tourney,
            Item = new() { ["match_id"] = new() { S = "m1" }, ["player"] = new() { S = "ada" }, ["score"] = new() { N = "40" }, ["winner"] = new() { BOOL = true } },
        });
        await lab.Client.PutItemAsync(new PutItemRequest
        {
            TableName = lab.Tourney,
            Item = new() { ["match_id"] = new() { S = "m1" }, ["player"] = new() { S = "ken" }, ["score"] = new() { S = "high" } },
        });
        var input = (await BatchesAsync(lab, 10)).Single();
        var (context, logger) = TestContext.For("TaTourneyStats");

        var response = await lab.Handler.FunctionHandler(input, context);

        Assert.Empty(response.BatchItemFailures);
        Assert.Equal(new Dictionary<string, Stats> { ["ada"] = new(1, 1, 40, 40, "100.00%") }, await ActualAsync(lab));
        Assert.Contains(logger.Lines, l => l.Contains(input.Records[1].EventId!) && l.Contains("score is not numeric"));
    }
}
