using System.Diagnostics;
using Amazon.DynamoDBv2.Model;
using Lab.Workshop.Data;
using Lab.Workshop.Output;
using Lab.Workshop.Target;

namespace Lab.Workshop.Exercises;

public sealed record QueryResponseCodeResult(string Table, int Code, string? Date, IReadOnlyDictionary<long, long> PerShard, long Total, double Seconds);

/// <summary>Exercise 3 (query_responsecode.py): query every write shard of gsi_responsecode in parallel — shards 1..10, as written.</summary>
public static class QueryResponseCodeExercise
{
    public const string Index = "gsi_responsecode";

    public static async Task<QueryResponseCodeResult> RunAsync(WorkshopTarget target, WorkshopConsole console, string tableKey, int code, string? date, CancellationToken ct = default)
    {
        using var client = target.CreateClient();
        var table = await target.RequireTableAsync(client, tableKey, "requestid", null, ct, Index);
        // The trailing '#' keeps code 404 from matching a hypothetical 4040, and a date from matching a longer one.
        var prefix = date is null ? $"{code}#" : $"{code}#{date}#";

        var watch = Stopwatch.StartNew();
        var shards = Enumerable.Range(1, LogItem.Shards).Select(s => (long)s).ToList();
        var counts = await Task.WhenAll(shards.Select(async shard =>
        {
            long count = 0;
            Dictionary<string, AttributeValue>? start = null;
            do
            {
                var page = await client.QueryAsync(new QueryRequest(table)
                {
                    IndexName = Index,
                    KeyConditionExpression = "gsi_responsecode_hk = :shard AND begins_with(gsi_responsecode_sk, :prefix)",
                    ExpressionAttributeValues = new() { [":shard"] = LogItem.N(shard), [":prefix"] = LogItem.S(prefix) },
                    Select = Amazon.DynamoDBv2.Select.COUNT,
                    ExclusiveStartKey = start,
                }, ct);
                count += page.Count ?? 0;
                start = page.LastEvaluatedKey is { Count: > 0 } next ? next : null;
            } while (start is not null);
            return (shard, count);
        }));
        var seconds = Seconds.Of(watch);
        foreach (var (shard, count) in counts)
            console.Line($"Records with response code {code} in the shardid {shard} = {count}");
        var total = counts.Sum(c => c.count);
        console.Line($"Number of records with responsecode {code} is {total}. Query time: {Seconds.Text(seconds)} seconds");
        return new QueryResponseCodeResult(table, code, date, counts.ToDictionary(c => c.shard, c => c.count), total, seconds);
    }
}
