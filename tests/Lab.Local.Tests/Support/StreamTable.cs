using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Lab.Testing;

namespace Lab.Local.Tests.Support;

/// <summary>A DynamoDB Local table keyed by "id" (S) with a NEW_AND_OLD_IMAGES stream, created under a unique name.</summary>
public sealed class StreamTable
{
    private readonly LocalEngines engines;

    private StreamTable(LocalEngines engines, string name, string streamArn)
    {
        this.engines = engines;
        Name = name;
        StreamArn = streamArn;
    }

    public string Name { get; }
    public string StreamArn { get; }

    public static async Task<StreamTable> CreateAsync(LocalEngines engines, string prefix)
    {
        var name = UniqueNames.Next(prefix);
        var response = await engines.DynamoDb.CreateTableAsync(new CreateTableRequest
        {
            TableName = name,
            BillingMode = BillingMode.PAY_PER_REQUEST,
            AttributeDefinitions = [new AttributeDefinition("id", ScalarAttributeType.S)],
            KeySchema = [new KeySchemaElement("id", KeyType.HASH)],
            StreamSpecification = new StreamSpecification { StreamEnabled = true, StreamViewType = StreamViewType.NEW_AND_OLD_IMAGES },
        });
        return new StreamTable(engines, name, response.TableDescription.LatestStreamArn
            ?? throw new InvalidOperationException($"DynamoDB Local created table '{name}' without a stream ARN."));
    }

    /// <summary>Writes the items one PutItem after another, so their stream records follow this order.</summary>
    public async Task PutAsync(params string[] ids)
    {
        foreach (var id in ids)
            await engines.DynamoDb.PutItemAsync(Name, new Dictionary<string, AttributeValue>
            {
                ["id"] = new(id),
                ["payload"] = new($"payload of {id}"),
            });
    }

    /// <summary>The stream's shard ids as DynamoDB Local describes them.</summary>
    public async Task<IReadOnlyList<string>> ShardIdsAsync() =>
        (await engines.DynamoDbStreams.DescribeStreamAsync(StreamArn)).Shards.Select(s => s.ShardId).ToList();

    public static string[] Ids(string prefix, int count) => Enumerable.Range(0, count).Select(i => $"{prefix}-{i:D2}").ToArray();
}
