using Amazon;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;

namespace Lab.Workshop.Target;

/// <summary>Where the exercises run: a local engine (--endpoint) or the deployed stack's region; table names from the outputs.</summary>
public sealed class WorkshopTarget(WorkshopOutputs outputs, string? endpoint)
{
    public WorkshopOutputs Outputs { get; } = outputs;
    public string? Endpoint { get; } = endpoint;

    /// <param name="sdkRetries">null keeps the SDK's default retries; 0 lets the caller see (and count) every throttle.</param>
    public IAmazonDynamoDB CreateClient(int? sdkRetries = null) => CreateClient(Endpoint, Outputs.Region, sdkRetries);

    public static IAmazonDynamoDB CreateClient(string? endpoint, string region, int? sdkRetries = null)
    {
        var config = new AmazonDynamoDBConfig();
        if (endpoint is not null)
        {
            if (!Uri.TryCreate(endpoint, UriKind.Absolute, out _))
                throw new WorkshopException($"--endpoint '{endpoint}' is not an absolute URL; expected e.g. http://127.0.0.1:8000.");
            config.ServiceURL = endpoint;
            config.AuthenticationRegion = region;
        }
        else
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(region);
        }
        if (sdkRetries is { } retries) config.MaxErrorRetry = retries;
        // Local engines accept any key; a deployed stack uses the caller's normal credential chain.
        return endpoint is not null
            ? new AmazonDynamoDBClient(new BasicAWSCredentials("workshop", "local"), config)
            : new AmazonDynamoDBClient(config);
    }

    /// <summary>Checks that the table exists and has the key the exercise relies on, before anything is written.</summary>
    public async Task<string> RequireTableAsync(IAmazonDynamoDB client, string key, string hashKey, string? rangeKey, CancellationToken ct, params string[] indexes)
    {
        var name = Outputs.TableName(key);
        TableDescription table;
        try
        {
            table = (await client.DescribeTableAsync(name, ct)).Table;
        }
        catch (ResourceNotFoundException)
        {
            throw new WorkshopException($"table '{name}' ('{key}' in the outputs) does not exist{(Endpoint is null ? "" : $" at {Endpoint}")}; run `lab workshop setup` (local) or deploy the stack.");
        }
        string? Key(List<KeySchemaElement>? schema, KeyType type) => schema?.FirstOrDefault(k => k.KeyType == type)?.AttributeName;
        if (Key(table.KeySchema, KeyType.HASH) != hashKey || Key(table.KeySchema, KeyType.RANGE) != rangeKey)
            throw new WorkshopException($"table '{name}' has key ({Key(table.KeySchema, KeyType.HASH)}, {Key(table.KeySchema, KeyType.RANGE) ?? "no range"}); expected ({hashKey}, {rangeKey ?? "no range"}) for '{key}'.");
        var missing = indexes.Where(i => table.GlobalSecondaryIndexes?.Any(g => g.IndexName == i) != true).ToList();
        if (missing.Count > 0)
            throw new WorkshopException($"table '{name}' has no index {string.Join(", ", missing)}; expected the '{key}' table as the stack declares it.");
        return name;
    }
}
