using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Lab.Functions.Shared;

namespace Lab.Functions.EventDriven;

public sealed class AggregateComparison
{
    public string Key { get; set; } = "";
    public decimal Expected { get; set; }
    public decimal Actual { get; set; }
    public bool Match { get; set; }
}

/// <summary>The workshop's scoring: AggregateTable's 18 values against the generator's expected totals (within 1e-5).</summary>
public static class AggregateCheck
{
    public const decimal Tolerance = 0.00001m;

    public static async Task<Dictionary<string, decimal>> ReadAsync(IAmazonDynamoDB dynamoDb, string aggregateTable)
    {
        var values = new Dictionary<string, decimal>(StringComparer.Ordinal);
        Dictionary<string, AttributeValue>? start = null;
        do
        {
            var page = await dynamoDb.ScanAsync(new ScanRequest { TableName = aggregateTable, ExclusiveStartKey = start, ConsistentRead = true });
            foreach (var item in page.Items ?? new List<Dictionary<string, AttributeValue>>())
            {
                values[item["Identifier"].S] = AttributeValues.ReadSdkNumber(item, "Value");
            }
            start = page.LastEvaluatedKey is { Count: > 0 } next ? next : null;
        }
        while (start is not null);
        return values;
    }

    /// <param name="baseline">AggregateTable before the run (the table accumulates across runs).</param>
    public static List<AggregateComparison> Compare(
        IReadOnlyDictionary<string, decimal> expected, IReadOnlyDictionary<string, decimal> baseline, IReadOnlyDictionary<string, decimal> actual) =>
        AggregationKeys.All.Select(key =>
        {
            var gained = actual.GetValueOrDefault(key) - baseline.GetValueOrDefault(key);
            var want = expected.GetValueOrDefault(key);
            return new AggregateComparison { Key = key, Expected = want, Actual = gained, Match = Math.Abs(gained - want) <= Tolerance };
        }).ToList();
}
