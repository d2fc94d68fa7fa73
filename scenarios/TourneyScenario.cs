using System.Globalization;

namespace Lab.Scenarios;

/// <summary>
/// LABS.md §4: TourneyWriter plays matches on its schedule; TaTourneyStats must equal the totals computed
/// from TaTourney itself: games, wins, total score, the true mean and the win percentage.
/// </summary>
public sealed class TourneyScenario(int runs = 4) : ILabScenario
{
    public string Lab => "tourney";

    public async Task<IReadOnlyList<CheckResult>> RunAsync(ILabTarget target)
    {
        var tourneyTable = target.Outputs.TableName(Lab, "TaTourney");
        var statsTable = target.Outputs.TableName(Lab, "TaTourneyStats");
        for (var run = 1; run <= runs; run++)
        {
            target.Progress($"tourney: TourneyWriter run {run} of {runs}");
            await target.RunScheduledAsync(Lab, "TourneyWriter");
        }
        await target.SettleAsync(TimeSpan.FromSeconds(60));
        return await target.ReadSettledAsync(() => CompareAsync(target, tourneyTable, statsTable),
            checks => checks.All(c => c.Pass), TimeSpan.FromSeconds(60));
    }

    private async Task<List<CheckResult>> CompareAsync(ILabTarget target, string tourneyTable, string statsTable)
    {
        var played = await TableItems.ScanAsync(target.DynamoDb, tourneyTable);
        var expected = played.GroupBy(item => item["player"].S).ToDictionary(g => g.Key, g => (
            Games: g.Count(),
            Wins: g.Count(item => item.ContainsKey("winner")),
            Total: g.Sum(item => TableItems.Number(item, "score"))));
        var stats = (await TableItems.ScanAsync(target.DynamoDb, statsTable, "player")).ToDictionary(item => item["player"].S);

        var checks = new List<CheckResult>
        {
            CheckResult.Compare(Lab, "players with stats", string.Join(", ", expected.Keys.Order(StringComparer.Ordinal)), string.Join(", ", stats.Keys.Order(StringComparer.Ordinal))),
            CheckResult.Compare(Lab, "games recorded across players", expected.Values.Sum(e => e.Games), stats.Values.Sum(s => (int)TableItems.Number(s, "games"))),
        };
        var wrong = new List<string>();
        foreach (var (player, e) in expected)
        {
            if (!stats.TryGetValue(player, out var s)) { wrong.Add($"{player}: no stats"); continue; }
            var mean = e.Total / e.Games;
            if ((int)TableItems.Number(s, "games") != e.Games) wrong.Add($"{player}: games {TableItems.Number(s, "games")} != {e.Games}");
            if ((int)TableItems.Number(s, "wins") != e.Wins) wrong.Add($"{player}: wins {TableItems.Number(s, "wins")} != {e.Wins}");
            if (TableItems.Number(s, "total_score") != e.Total) wrong.Add($"{player}: total_score {TableItems.Number(s, "total_score")} != {e.Total}");
            if (Math.Abs(TableItems.Number(s, "avg_score") - mean) > 0.01m) wrong.Add($"{player}: avg_score {TableItems.Number(s, "avg_score")} != {mean:0.##}");
        }
        checks.Add(new CheckResult(Lab, "games, wins, total_score and true mean per player match TaTourney",
            "all players match", wrong.Count == 0 ? "all players match" : string.Join("; ", wrong.Take(3)), wrong.Count == 0));
        return checks;
    }
}
