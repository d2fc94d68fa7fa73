using System.Diagnostics;
using Amazon.DynamoDBv2.Model;
using Lab.Workshop.Output;
using Lab.Workshop.Target;

namespace Lab.Workshop.Exercises;

public sealed record ManagersResult(string Table, bool UsedIndex, int PageSize, long Managers, long ScannedCount, double Seconds);

/// <summary>
/// Exercise 5 (query_managers_table.py / query_managers_gsi.py): the same answer from a filtered scan of
/// every item, or from the sparse gsi_manager that holds only the items carrying is_manager.
/// </summary>
public static class ManagersExercise
{
    public const string Index = "gsi_manager";

    public static async Task<ManagersResult> RunAsync(WorkshopTarget target, WorkshopConsole console, string tableKey, bool useIndex, int pageSize, CancellationToken ct = default)
    {
        if (pageSize < 1) throw new WorkshopArgumentException($"--page-size is {pageSize}; expected 1 or more.");
        using var client = target.CreateClient();
        var table = await target.RequireTableAsync(client, tableKey, "employeeid", "colA", ct, Index);

        long managers = 0, scanned = 0;
        var watch = Stopwatch.StartNew();
        Dictionary<string, AttributeValue>? start = null;
        do
        {
            var request = new ScanRequest(table) { Limit = pageSize, ExclusiveStartKey = start, Select = Amazon.DynamoDBv2.Select.COUNT };
            if (useIndex)
            {
                request.IndexName = Index;
            }
            else
            {
                request.FilterExpression = "is_manager = :yes";
                request.ExpressionAttributeValues = new() { [":yes"] = new AttributeValue { S = "1" } };
            }
            var page = await client.ScanAsync(request, ct);
            managers += page.Count ?? 0;
            scanned += page.ScannedCount ?? 0;
            start = page.LastEvaluatedKey is { Count: > 0 } next ? next : null;
        } while (start is not null);
        var seconds = Seconds.Of(watch);
        console.Line(useIndex
            ? $"Number of managers: {managers}. # of records scanned: {scanned}. Execution time: {Seconds.Text(seconds)} seconds"
            : $"Managers count: {managers}. # of records scanned: {scanned}. Execution time: {Seconds.Text(seconds)} seconds");
        return new ManagersResult(table, useIndex, pageSize, managers, scanned, seconds);
    }
}
