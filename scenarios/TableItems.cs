using Amazon.DynamoDBv2.Model;
using Amazon.DynamoDBv2;

namespace Lab.Scenarios;

/// <summary>Reads a whole table (consistently), leaving out the handlers' exactly-once markers.</summary>
public static class TableItems
{
    public const string MarkerPrefix = "#stream-record#";

    public static async Task<List<Dictionary<string, AttributeValue>>> ScanAsync(IAmazonDynamoDB dynamoDb, string table, string? keyAttribute = null)
    {
        var items = new List<Dictionary<string, AttributeValue>>();
        Dictionary<string, AttributeValue>? start = null;
        do
        {
            var page = await dynamoDb.ScanAsync(new ScanRequest { TableName = table, ExclusiveStartKey = start, ConsistentRead = true });
            items.AddRange(page.Items);
            start = page.LastEvaluatedKey is { Count: > 0 } next ? next : null;
        } while (start is not null);
        return keyAttribute is null
            ? items
            : items.Where(item => !(item.TryGetValue(keyAttribute, out var key) && key.S is { } s && s.StartsWith(MarkerPrefix, StringComparison.Ordinal))).ToList();
    }

    public static decimal Number(Dictionary<string, AttributeValue> item, string attribute) =>
        item.TryGetValue(attribute, out var value) && value.N is { } n ? decimal.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : 0m;
}
