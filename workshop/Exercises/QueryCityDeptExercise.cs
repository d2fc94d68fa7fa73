using System.Diagnostics;
using Amazon.DynamoDBv2.Model;
using Lab.Workshop.Data;
using Lab.Workshop.Output;
using Lab.Workshop.Target;

namespace Lab.Workshop.Exercises;

public sealed record QueryCityDeptResult(string Table, string State, string? Prefix, IReadOnlyList<EmployeeRow> Employees, long Count, double Seconds);

/// <summary>Exercise 6 (query_city_dept.py): state as hash key, the composite "city:dept" as range key, begins_with for city or city:dept.</summary>
public static class QueryCityDeptExercise
{
    public const string Index = "gsi_city_dept";

    public static async Task<QueryCityDeptResult> RunAsync(WorkshopTarget target, WorkshopConsole console, string tableKey, string state, string? prefix, CancellationToken ct = default)
    {
        using var client = target.CreateClient();
        var table = await target.RequireTableAsync(client, tableKey, "employeeid", "colA", ct, Index);
        var request = new QueryRequest(table)
        {
            IndexName = Index,
            KeyConditionExpression = prefix is null ? "#state = :state" : "#state = :state AND begins_with(city_dept, :prefix)",
            ExpressionAttributeNames = new() { ["#state"] = "state" },
            ExpressionAttributeValues = new() { [":state"] = LogItem.S(state) },
        };
        if (prefix is not null) request.ExpressionAttributeValues[":prefix"] = LogItem.S(prefix);

        var watch = Stopwatch.StartNew();
        var rows = await EmployeeQuery.AllAsync(client, request, ct);
        var seconds = Seconds.Of(watch);
        console.Line($"List of employees . State: {state}");
        foreach (var row in rows) console.Line($"Name: {row.Name}. City: {row.City}. Dept: {row.Dept}");
        console.Line($"Total of employees: {rows.Count}. Execution time: {Seconds.Text(seconds)} seconds");
        return new QueryCityDeptResult(table, state, prefix, rows, rows.Count, seconds);
    }
}
