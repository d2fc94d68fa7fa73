using System.Diagnostics;
using Amazon.DynamoDBv2.Model;
using Lab.Workshop.Output;
using Lab.Workshop.Target;

namespace Lab.Workshop.Exercises;

public sealed record ScanResult(string Table, int Segments, int PageSize, long BytesSent, long MatchedCount, long ScannedCount, double Seconds, double ItemsPerSecond);

/// <summary>Exercise 2 (scan_tlog_simple.py / scan_tlog_parallel.py): sum bytessent where responsecode &lt;&gt; 200; 1 segment = simple scan.</summary>
public static class ScanExercise
{
    public static async Task<ScanResult> RunAsync(WorkshopTarget target, WorkshopConsole console, string tableKey, int segments, int pageSize, CancellationToken ct = default)
    {
        if (segments is < 1 or > 1_000_000) throw new WorkshopArgumentException($"--segments is {segments}; expected 1 to 1000000.");
        if (pageSize < 1) throw new WorkshopArgumentException($"--page-size is {pageSize}; expected 1 or more.");
        using var client = target.CreateClient();
        var table = await target.RequireTableAsync(client, tableKey, "requestid", null, ct);
        var itemCount = (await client.DescribeTableAsync(table, ct)).Table.ItemCount ?? 0;
        console.Line($"Scanning {itemCount} rows of table {table} to get the total of bytes sent ({segments} segment{(segments == 1 ? "" : "s")})");

        long bytes = 0, matched = 0, scanned = 0;
        var watch = Stopwatch.StartNew();
        await console.WithProgressAsync($"scanning {table}", itemCount, async advance =>
        {
            await Task.WhenAll(Enumerable.Range(0, segments).Select(async segment =>
            {
                Dictionary<string, AttributeValue>? start = null;
                do
                {
                    var request = new ScanRequest(table)
                    {
                        FilterExpression = "responsecode <> :ok",
                        ExpressionAttributeValues = new() { [":ok"] = new AttributeValue { N = "200" } },
                        ProjectionExpression = "bytessent",
                        Limit = pageSize,
                        ExclusiveStartKey = start,
                    };
                    if (segments > 1) { request.Segment = segment; request.TotalSegments = segments; }
                    var page = await client.ScanAsync(request, ct);
                    Interlocked.Add(ref bytes, page.Items.Sum(i => long.Parse(i["bytessent"].N)));
                    Interlocked.Add(ref matched, page.Count ?? 0);
                    Interlocked.Add(ref scanned, page.ScannedCount ?? 0);
                    advance(page.ScannedCount ?? 0);
                    start = page.LastEvaluatedKey is { Count: > 0 } next ? next : null;
                } while (start is not null);
            }));
            return scanned;
        });
        var seconds = Seconds.Of(watch);
        console.Line($"Total bytessent {bytes} in {Seconds.Text(seconds)} seconds");
        return new ScanResult(table, segments, pageSize, bytes, matched, scanned, seconds, LoadLogFileExercise.Rate(scanned, seconds));
    }
}
