namespace Lab.Functions.EventDriven;

/// <summary>
/// The workshop generator's trades, without I/O: batches of messages and the aggregates they must produce.
/// "Special trades" mode (the workshop's): per batch, size−5 unique messages plus 5 duplicates of messages of the
/// same batch; 3 % of the unique ones modify an earlier trade with a new version and value, a third of those
/// with an older version than the trade's latest (which the exactly-once pipeline must ignore).
/// Expected aggregates: each trade counts with the value of its highest version, rolled up to all 18 keys.
/// </summary>
public sealed class TradeGenerator
{
    public const int DuplicatesPerBatch = 5;
    public const double ModificationRate = 0.03;

    private readonly Random random;
    private readonly TimeProvider clock;
    private readonly bool specialTrades;
    private readonly string runId;
    private readonly Dictionary<string, TradeMessage> latest = new(StringComparer.Ordinal);
    private readonly List<string> tradeIds = new();

    public TradeGenerator(Random random, TimeProvider clock, bool specialTrades)
    {
        this.random = random;
        this.clock = clock;
        this.specialTrades = specialTrades;
        runId = random.Next(0, int.MaxValue).ToString("x8");
    }

    public int MessagesGenerated { get; private set; }

    public IReadOnlyList<TradeMessage> NextBatch(int size)
    {
        var timestamp = clock.GetUtcNow().ToUnixTimeMilliseconds() / 1000.0;
        var unique = specialTrades ? Math.Max(1, size - DuplicatesPerBatch) : size;
        var batch = new List<TradeMessage>(size);
        for (var i = 0; i < unique; i++)
        {
            batch.Add(specialTrades && tradeIds.Count > 0 && random.NextDouble() < ModificationRate
                ? Modify(tradeIds[random.Next(tradeIds.Count)], timestamp)
                : NewTrade(timestamp));
        }
        while (batch.Count < size)
        {
            var original = batch[random.Next(unique)];
            batch.Insert(random.Next(batch.Count + 1), Copy(original));
        }
        MessagesGenerated += batch.Count;
        return batch;
    }

    /// <summary>What AggregateTable must gain from every message generated so far, for all 18 keys.</summary>
    public IReadOnlyDictionary<string, decimal> Expected()
    {
        var totals = AggregationKeys.All.ToDictionary(key => key, _ => 0m, StringComparer.Ordinal);
        foreach (var trade in latest.Values)
        {
            foreach (var key in AggregationKeys.For(trade.Hierarchy!))
            {
                totals[key] += trade.Value!.Value;
            }
        }
        return totals;
    }

    private TradeMessage NewTrade(double timestamp)
    {
        var trade = new TradeMessage
        {
            TradeId = $"{runId}-{tradeIds.Count:D6}",
            Version = 2, // leaves room for an "older version" modification
            Value = NextValue(),
            Timestamp = timestamp,
            Hierarchy = new TradeHierarchy
            {
                RiskType = Pick(AggregationKeys.RiskTypes),
                TradeDesk = Pick(AggregationKeys.TradeDesks),
                Region = Pick(AggregationKeys.Regions),
            },
        };
        tradeIds.Add(trade.TradeId);
        latest[trade.TradeId] = trade;
        return trade;
    }

    private TradeMessage Modify(string tradeId, double timestamp)
    {
        var current = latest[tradeId];
        var stale = random.NextDouble() < 1.0 / 3;
        var modified = Copy(current);
        modified.Version = stale ? current.Version - 1 : current.Version + 1;
        modified.Value = NextValue();
        modified.Timestamp = timestamp;
        if (!stale)
        {
            latest[tradeId] = modified;
        }
        return modified;
    }

    private decimal NextValue() => Math.Round((decimal)(random.NextDouble() * 2000 - 1000), 2);

    private string Pick(string[] values) => values[random.Next(values.Length)];

    private static TradeMessage Copy(TradeMessage m) => new()
    {
        TradeId = m.TradeId,
        Version = m.Version,
        Value = m.Value,
        Timestamp = m.Timestamp,
        Hierarchy = m.Hierarchy,
    };
}
