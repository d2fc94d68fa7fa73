using System.Diagnostics;
using Lab.Workshop.Data;
using Lab.Workshop.Output;
using Lab.Workshop.Target;

namespace Lab.Workshop.Exercises;

public sealed record LoadEmployeesResult(string Table, string File, long Employees, long Items, long Managers, double Seconds);

/// <summary>Exercise 4 (load_employees.py): each employee's overloaded items in one BatchWriteItem, timing every 100 employees.</summary>
public static class LoadEmployeesExercise
{
    public static async Task<LoadEmployeesResult> RunAsync(WorkshopTarget target, WorkshopConsole console, string tableKey, string file, CancellationToken ct = default)
    {
        var employees = CsvFile.ReadAll(file, CsvFile.ReadEmployees);
        var duplicate = employees.GroupBy(e => e.EmployeeId).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new WorkshopException($"{file}: employeeid {duplicate.Key} appears {duplicate.Count()} times; expected each employee once.");

        using var client = target.CreateClient();
        var table = await target.RequireTableAsync(client, tableKey, "employeeid", "colA", ct, "gsi_overload");
        var writer = new BatchWriter(client, Backoff.Default, new ThrottleCounter());

        var total = Stopwatch.StartNew();
        var lap = Stopwatch.StartNew();
        long count = 0, items = 0;
        await console.WithProgressAsync($"loading employees into {table}", employees.Count, async advance =>
        {
            foreach (var employee in employees)
            {
                var employeeItems = EmployeeItems.From(employee);
                await writer.WriteAsync(table, employeeItems, ct);
                items += employeeItems.Count;
                count++;
                advance(1);
                if (count % 100 == 0)
                {
                    console.Line($"employee count: {count} in {Seconds.Text(Seconds.Of(lap))}");
                    lap.Restart();
                }
            }
            return count;
        });
        var seconds = Seconds.Of(total);
        console.Line($"RowCount: {count}, Total seconds: {Seconds.Text(seconds)}");
        return new LoadEmployeesResult(table, file, count, items, employees.Count(e => e.IsManager), seconds);
    }
}
