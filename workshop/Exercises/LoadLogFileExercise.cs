using System.Diagnostics;
using Amazon.DynamoDBv2.Model;
using Lab.Workshop.Data;
using Lab.Workshop.Output;
using Lab.Workshop.Target;

namespace Lab.Workshop.Exercises;

public sealed record LoadLogFileResult(string Table, string File, long Rows, double Seconds, double ItemsPerSecond);

/// <summary>Exercise 1 (load_tlog.py): one PutItem per row, timing printed every 100 rows.</summary>
public static class LoadLogFileExercise
{
    public static async Task<LoadLogFileResult> RunAsync(WorkshopTarget target, WorkshopConsole console, string tableKey, string file, CancellationToken ct = default)
    {
        var records = CsvFile.ReadAll(file, CsvFile.ReadLog);
        using var client = target.CreateClient();
        var table = await target.RequireTableAsync(client, tableKey, "requestid", null, ct);

        var total = Stopwatch.StartNew();
        var lap = Stopwatch.StartNew();
        long rows = 0;
        await console.WithProgressAsync($"loading {Path.GetFileName(file)} into {table}", records.Count, async advance =>
        {
            foreach (var record in records)
            {
                await client.PutItemAsync(new PutItemRequest(table, LogItem.From(record)), ct);
                rows++;
                advance(1);
                if (rows % 100 == 0)
                {
                    console.Line($"row: {rows} in {Seconds.Text(Seconds.Of(lap))}");
                    lap.Restart();
                }
            }
            return rows;
        });
        var seconds = Seconds.Of(total);
        console.Line($"RowCount: {rows}, Total seconds: {Seconds.Text(seconds)}");
        return new LoadLogFileResult(table, file, rows, seconds, Rate(rows, seconds));
    }

    internal static double Rate(long items, double seconds) => seconds > 0 ? Math.Round(items / seconds, 1) : 0;
}
