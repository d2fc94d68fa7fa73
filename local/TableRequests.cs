using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Lab.Local;

/// <summary>The CreateTable request for a declaration.</summary>
internal static class TableRequests
{
    public static CreateTableRequest Create(TableDeclaration table)
    {
        var request = new CreateTableRequest
        {
            TableName = table.Name,
            KeySchema = Keys(table.HashKey, table.RangeKey),
            AttributeDefinitions = AttributeDefinitions(table),
            BillingMode = table.PayPerRequest ? BillingMode.PAY_PER_REQUEST : BillingMode.PROVISIONED,
            ProvisionedThroughput = Throughput(table.ReadCapacity, table.WriteCapacity),
        };
        if (table.GlobalSecondaryIndexes.Count > 0)
            request.GlobalSecondaryIndexes = table.GlobalSecondaryIndexes.Select(i => new GlobalSecondaryIndex
            {
                IndexName = i.Name,
                KeySchema = Keys(i.HashKey, i.RangeKey),
                Projection = new Projection
                {
                    ProjectionType = new ProjectionType(i.ProjectionType),
                    NonKeyAttributes = i.NonKeyAttributes.Count > 0 ? i.NonKeyAttributes.ToList() : null,
                },
                ProvisionedThroughput = Throughput(i.ReadCapacity, i.WriteCapacity),
            }).ToList();
        if (table.StreamEnabled)
            request.StreamSpecification = new StreamSpecification { StreamEnabled = true, StreamViewType = new StreamViewType(table.StreamViewType) };
        // DynamoDB Local accepts tags on CreateTable but cannot list them ("Tagging is not currently supported").
        if (table.Tags.Count > 0)
            request.Tags = table.Tags.Select(t => new Tag { Key = t.Key, Value = t.Value }).ToList();
        return request;
    }

    private static List<KeySchemaElement> Keys(KeyAttribute hash, KeyAttribute? range)
    {
        var keys = new List<KeySchemaElement> { new(hash.Name, KeyType.HASH) };
        if (range is not null) keys.Add(new KeySchemaElement(range.Name, KeyType.RANGE));
        return keys;
    }

    private static List<AttributeDefinition> AttributeDefinitions(TableDeclaration table) =>
        new[] { table.HashKey, table.RangeKey }
            .Concat(table.GlobalSecondaryIndexes.SelectMany(i => new[] { i.HashKey, i.RangeKey }))
            .OfType<KeyAttribute>()
            .DistinctBy(k => k.Name)
            .Select(k => new AttributeDefinition(k.Name, new ScalarAttributeType(k.Type)))
            .ToList();

    private static ProvisionedThroughput? Throughput(long? read, long? write) =>
        read is { } r && write is { } w ? new ProvisionedThroughput(r, w) : null;
}
