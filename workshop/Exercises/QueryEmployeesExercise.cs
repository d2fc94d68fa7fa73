using System.Diagnostics;
using Amazon.DynamoDBv2.Model;
using Lab.Workshop.Data;
using Lab.Workshop.Output;
using Lab.Workshop.Target;

namespace Lab.Workshop.Exercises;

public sealed record QueryEmployeesResult(string Table, string Attribute, string Value, IReadOnlyList<EmployeeRow> Employees, long Count, double Seconds);

/// <summary>Exercise 4 (query_employees.py): one GSI, four access patterns, through the overloaded colA.</summary>
public static class QueryEmployeesExercise
{
    public const string Index = "gsi_overload";
    public static readonly string[] Attributes = ["name", "state", "current_title", "previous_title"];

    public static async Task<QueryEmployeesResult> RunAsync(WorkshopTarget target, WorkshopConsole console, string tableKey, string attribute, string value, CancellationToken ct = default)
    {
        if (!Attributes.Contains(attribute))
            throw new WorkshopArgumentException($"--attribute is \"{attribute}\"; expected one of {string.Join(", ", Attributes)}.");
        using var client = target.CreateClient();
        var table = await target.RequireTableAsync(client, tableKey, "employeeid", "colA", ct, Index);

        var request = attribute == "name"
            ? new QueryRequest(table)
            {
                IndexName = Index,
                KeyConditionExpression = "colA = :master AND #name = :value",
                ExpressionAttributeNames = new() { ["#name"] = "name" },
                ExpressionAttributeValues = new() { [":master"] = LogItem.S(EmployeeItems.Master), [":value"] = LogItem.S(value) },
            }
            : new QueryRequest(table)
            {
                IndexName = Index,
                KeyConditionExpression = "colA = :key",
                ExpressionAttributeValues = new() { [":key"] = LogItem.S($"{attribute}:{value}") },
            };

        var watch = Stopwatch.StartNew();
        var rows = await EmployeeQuery.AllAsync(client, request, ct);
        var seconds = Seconds.Of(watch);
        console.Line($"List of employees with {value} in the attribute {attribute}:");
        foreach (var row in rows) console.Line($"Employee name: {row.Name} - hire date: {row.HireDate}");
        console.Line($"Total of employees: {rows.Count}. Execution time: {Seconds.Text(seconds)} seconds");
        return new QueryEmployeesResult(table, attribute, value, rows, rows.Count, seconds);
    }
}
