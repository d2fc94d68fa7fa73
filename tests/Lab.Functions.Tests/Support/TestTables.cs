using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Lab.Functions.Tests.Support;

/// <summary>Creates tables with the key schemas of LABS.md in DynamoDB Local; returns the stream ARN when a stream is asked for.</summary>
public static class TestTables
{
    public static async Task<string?> CreateAsync(
        IAmazonDynamoDB client, string name, (string Name, ScalarAttributeType Type) hash,
        (string Name, ScalarAttributeType Type)? range = null, StreamViewType? stream = null)
    {
        var request = new CreateTableRequest
        {
            TableName = name,
            BillingMode = BillingMode.PAY_PER_REQUEST,
            AttributeDefinitions = new List<AttributeDefinition> { new(hash.Name, hash.Type) },
            KeySchema = new List<KeySchemaElement> { new(hash.Name, KeyType.HASH) },
        };
        if (range is { } r)
        {
            request.AttributeDefinitions.Add(new AttributeDefinition(r.Name, r.Type));
            request.KeySchema.Add(new KeySchemaElement(r.Name, KeyType.RANGE));
        }
        if (stream is not null)
        {
            request.StreamSpecification = new StreamSpecification { StreamEnabled = true, StreamViewType = stream };
        }
        var response = await client.CreateTableAsync(request);
        return response.TableDescription.LatestStreamArn;
    }

    public static async Task<List<Dictionary<string, AttributeValue>>> ScanAsync(IAmazonDynamoDB client, string table)
    {
        var items = new List<Dictionary<string, AttributeValue>>();
        Dictionary<string, AttributeValue>? start = null;
        do
        {
            var page = await client.ScanAsync(new ScanRequest { TableName = table, ExclusiveStartKey = start, ConsistentRead = true });
            items.AddRange(page.Items ?? new());
            start = page.LastEvaluatedKey is { Count: > 0 } next ? next : null;
        }
        while (start is not null);
        return items;
    }
}
