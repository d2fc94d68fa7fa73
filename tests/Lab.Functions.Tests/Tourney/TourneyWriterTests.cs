using Lab.Functions.Shared.Events;
using Lab.Functions.Tests.Support;
using Lab.Functions.Tourney;
using Lab.Testing;

namespace Lab.Functions.Tests.Tourney;

[Collection("dynamodb-local")]
public sealed class TourneyWriterTests(DynamoDbLocalFixture fixture)
{
    [Fact]
    public async Task Writes_one_item_per_player_per_match_with_exactly_one_winner_and_is_reproducible_from_its_seed()
    {
        var lab = await TaTourneyStatsTests.CreateLabAsync(fixture);
        var at = new ScheduledEvent { Time = new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.Zero) };
        TourneyWriter Writer(int seed) => new(lab.Client, lab.Tourney, 6, TourneyWriter.DefaultPlayers, new Random(seed), TimeProvider.System);

        var first = await Writer(5).FunctionHandler(at, TestContext.For("TourneyWriter").Context);
        var replay = await Writer(5).FunctionHandler(at, TestContext.For("TourneyWriter").Context);

        Assert.Equal((6, 12), (first.Matches, first.Items));
        Assert.Equal(first.MatchIds, replay.MatchIds);
        var items = await TestTables.ScanAsync(lab.Client, lab.Tourney);
        Assert.Equal(12, items.Count); // the replay rewrote the same items
        Assert.All(items.GroupBy(i => i["match_id"].S), match =>
        {
            Assert.Equal(2, match.Select(i => i["player"].S).Distinct().Count());
            var winner = Assert.Single(match, i => i.ContainsKey("winner"));
            Assert.True(match.All(i => int.Parse(winner["score"].N) >= int.Parse(i["score"].N)));
        });
    }
}
