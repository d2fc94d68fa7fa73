using System.Diagnostics;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using Lab.Engines;

// scripts/bench streams [--rounds N] [--updates N]: on one DynamoDB Local, N rounds of the same work — a fresh table,
// then UpdateItem calls 8 at a time — with a stream (NEW_AND_OLD_IMAGES, as StateTable) and without. If the rounds
// with a stream slow down while those without do not, stream records left by earlier work are what costs.
var rounds = Option("--rounds", 4);
var updates = Option("--updates", 8000);
foreach (var withStream in new[] { true, false })
{
    await using var engine = await DynamoDbLocal.StartAsync(RepoPaths.Root);
    using var client = new AmazonDynamoDBClient(new BasicAWSCredentials("bench", "bench"), new AmazonDynamoDBConfig { ServiceURL = engine.Endpoint, AuthenticationRegion = "us-east-1" });
    var times = new List<double>();
    for (var round = 0; round < rounds; round++)
    {
        var table = $"round-{round}";
        var request = new CreateTableRequest
        {
            TableName = table, BillingMode = BillingMode.PAY_PER_REQUEST,
            AttributeDefinitions = [new("id", ScalarAttributeType.S)], KeySchema = [new("id", KeyType.HASH)],
        };
        if (withStream) request.StreamSpecification = new StreamSpecification { StreamEnabled = true, StreamViewType = StreamViewType.NEW_AND_OLD_IMAGES };
        await client.CreateTableAsync(request);
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, updates), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
            await client.UpdateItemAsync(new UpdateItemRequest
            {
                TableName = table,
                Key = new() { ["id"] = new AttributeValue { S = $"trade{i % (updates * 3 / 4)}" } },
                UpdateExpression = "SET v = :v",
                ExpressionAttributeValues = new() { [":v"] = new AttributeValue { N = $"{i}" } },
            }, ct));
        times.Add(watch.Elapsed.TotalSeconds);
        // Deleting the table does not give the time back: its stream records stay in the store.
        await client.DeleteTableAsync(table);
    }
    Console.WriteLine($"{(withStream ? "with a stream   " : "without a stream")}: {string.Join(", ", times.Select(t => $"{t:F1} s"))} for {updates} updates per round");
}

int Option(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], out var value) && value > 0 ? value : fallback;
}
