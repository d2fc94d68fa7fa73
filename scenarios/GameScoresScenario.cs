using Amazon.DynamoDBv2.Model;

namespace Lab.Scenarios;

/// <summary>
/// LABS.md §2: the seed's Jane Doe record adds 100; a mixed batch adds up per user while a record without
/// Username and one with a non-numeric Score are reported and skipped.
/// </summary>
public sealed class GameScoresScenario : ILabScenario
{
    public string Lab => "gameScores";

    public async Task<IReadOnlyList<CheckResult>> RunAsync(ILabTarget target)
    {
        // DynamoDB Streams records nothing for a put that changes nothing: on a stack verified before, the same
        // records would trigger nothing. A run id makes every record of this run a change.
        var runId = Guid.NewGuid().ToString("N");
        var records = target.Outputs.TableName(Lab, "GameScoreRecords");
        var byUser = target.Outputs.TableName(Lab, "GameScoresByUser");
        var checks = new List<CheckResult>();
        // A deployed stack may hold totals from an earlier run: every check is on what this run added.
        var before = await TotalsAsync(target, byUser);

        target.Progress("gameScores: the seed's test record (Jane Doe, 100)");
        await Put(target, records, Record(2, "Jane Doe", "100", runId, nickname: "JaneD"));
        await target.SettleAsync(TimeSpan.FromSeconds(60));
        var totals = await target.ReadSettledAsync(() => GainsAsync(target, byUser, before),
            gains => gains.GetValueOrDefault("Jane Doe") == 100m, TimeSpan.FromSeconds(60));
        checks.Add(CheckResult.Compare(Lab, "seed test event: GameScoresByUser[Jane Doe].Score", 100m, totals.GetValueOrDefault("Jane Doe")));

        target.Progress("gameScores: a mixed batch for two users with two bad records");
        var batch = new[]
        {
            Record(10, "alice", "10", runId), Record(11, "bob", "5", runId), Record(12, "alice", "20", runId),
            Record(13, "bob", "7", runId), Record(14, "alice", "30", runId),
            Without(Record(15, "nobody", "40", runId), "Username"),
            Record(16, "carol", "lots", runId, scoreType: "S"),
        };
        await target.DynamoDb.BatchWriteItemAsync(new BatchWriteItemRequest
        {
            RequestItems = new() { [records] = batch.Select(item => new WriteRequest { PutRequest = new PutRequest { Item = item } }).ToList() },
        });
        await target.SettleAsync(TimeSpan.FromSeconds(60));
        totals = await target.ReadSettledAsync(() => GainsAsync(target, byUser, before),
            gains => gains.GetValueOrDefault("alice") == 60m && gains.GetValueOrDefault("bob") == 12m, TimeSpan.FromSeconds(60));
        checks.Add(CheckResult.Compare(Lab, "mixed batch: alice's total", 60m, totals.GetValueOrDefault("alice")));
        checks.Add(CheckResult.Compare(Lab, "mixed batch: bob's total", 12m, totals.GetValueOrDefault("bob")));
        checks.Add(CheckResult.Compare(Lab, "users with totals (bad records skipped)", "Jane Doe, alice, bob", string.Join(", ", totals.Keys.Order(StringComparer.Ordinal))));

        static int Reported(IReadOnlyList<string> logs) => logs.Count(line => line.Contains("Skipped bad", StringComparison.Ordinal));
        var reported = Reported(await target.ReadSettledAsync(() => target.LogsAsync(Lab, "AggregateScoresByUser"),
            logs => Reported(logs) >= 2, TimeSpan.FromSeconds(60)));
        checks.Add(CheckResult.Compare(Lab, "bad records reported in the function's log", 2, reported));
        return checks;
    }

    private static async Task<Dictionary<string, decimal>> TotalsAsync(ILabTarget target, string table) =>
        (await TableItems.ScanAsync(target.DynamoDb, table, "Username")).ToDictionary(item => item["Username"].S, item => TableItems.Number(item, "Score"));

    /// <summary>What each user's total grew by since <paramref name="before"/>; users whose total did not change are left out.</summary>
    private static async Task<Dictionary<string, decimal>> GainsAsync(ILabTarget target, string table, Dictionary<string, decimal> before) =>
        (await TotalsAsync(target, table))
            .Select(pair => (pair.Key, Gain: pair.Value - before.GetValueOrDefault(pair.Key)))
            .Where(pair => pair.Gain != 0m)
            .ToDictionary(pair => pair.Key, pair => pair.Gain);

    private static Task Put(ILabTarget target, string table, Dictionary<string, AttributeValue> item) =>
        target.DynamoDb.PutItemAsync(new PutItemRequest { TableName = table, Item = item });

    private static Dictionary<string, AttributeValue> Record(int id, string user, string score, string runId, string? nickname = null, string scoreType = "N")
    {
        var item = new Dictionary<string, AttributeValue>
        {
            ["RecordID"] = new() { N = $"{id}" },
            ["RunId"] = new() { S = runId },
            ["Username"] = new() { S = user },
            ["Score"] = scoreType == "N" ? new AttributeValue { N = score } : new AttributeValue { S = score },
        };
        if (nickname is not null) item["Nickname"] = new AttributeValue { S = nickname };
        return item;
    }

    private static Dictionary<string, AttributeValue> Without(Dictionary<string, AttributeValue> item, string attribute)
    {
        item.Remove(attribute);
        return item;
    }
}
