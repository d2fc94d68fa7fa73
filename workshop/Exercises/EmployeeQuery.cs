using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Lab.Workshop.Exercises;

/// <summary>One row of an employee listing, as the seed's scripts print it.</summary>
public sealed record EmployeeRow(long EmployeeId, string Name, string? HireDate, string? City, string? Dept);

/// <summary>Runs a query to the end (all pages) and maps every item to an <see cref="EmployeeRow"/>.</summary>
internal static class EmployeeQuery
{
    public static async Task<List<EmployeeRow>> AllAsync(IAmazonDynamoDB client, QueryRequest request, CancellationToken ct)
    {
        var rows = new List<EmployeeRow>();
        do
        {
            var page = await client.QueryAsync(request, ct);
            rows.AddRange(page.Items.Select(Row));
            request.ExclusiveStartKey = page.LastEvaluatedKey is { Count: > 0 } next ? next : null;
        } while (request.ExclusiveStartKey is not null);
        return rows;
    }

    public static EmployeeRow Row(Dictionary<string, AttributeValue> item) => new(
        long.Parse(item["employeeid"].N),
        item.TryGetValue("name", out var n) ? n.S : "",
        item.TryGetValue("hire_date", out var h) ? h.S : null,
        item.TryGetValue("city", out var c) ? c.S : null,
        item.TryGetValue("dept", out var d) ? d.S : null);
}
