using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Lab.Functions.DesignPatterns;
using Lab.Functions.Tests.Support;
using Lab.Testing;

namespace Lab.Functions.Tests.DesignPatterns;

[Collection("dynamodb-local")]
public sealed class DdbReplicaLambdaTests(DynamoDbLocalFixture fixture)
{
    internal sealed record Lab(AmazonDynamoDBClient Client, string Tlog, string Replica, DynamoStreamTail Tail, DdbReplicaLambda Handler);

    internal static async Task<Lab> CreateLabAsync(DynamoDbLocalFixture fixture, StreamViewType view, AmazonDynamoDBClient? client = null)
    {
        client ??= fixture.CreateClient();
        var tlog = fixture.UniqueName("tlog");
        var replica = fixture.UniqueName("tlog_replica");
        var arn = await TestTables.CreateAsync(client, tlog, ("requestid", ScalarAttributeType.N), stream: view);
        await TestTables.CreateAsync(client, replica, ("requestid", ScalarAttributeType.N));
        return new Lab(client, tlog, replica, new DynamoStreamTail(StreamsClients.For(fixture), arn!), new DdbReplicaLambda(client, replica));
    }

    internal static Task PutLogAsync(Lab lab, int requestId, string host, int bytes) => lab.Client.PutItemAsync(new PutItemRequest
    {
        TableName = lab.Tlog,
        Item = new()
        {
            ["requestid"] = new() { N = requestId.ToString() },
            ["host"] = new() { S = host },
            ["bytessent"] = new() { N = bytes.ToString() },
            ["url"] = new() { S = $"/page/{requestId}" },
        },
    });

    private static async Task<List<string>> RowsAsync(IAmazonDynamoDB client, string table) =>
        (await TestTables.ScanAsync(client, table))
            .Select(item => string.Join(";", item.OrderBy(p => p.Key).Select(p => $"{p.Key}={p.Value.S}{p.Value.N}")))
            .OrderBy(row => row, StringComparer.Ordinal)
            .ToList();

    [Fact]
    public async Task Inserts_modifications_and_deletes_reach_the_replica_even_when_redelivered()
    {
        var lab = await CreateLabAsync(fixture, StreamViewType.NEW_IMAGE);
        for (var i = 1; i <= 8; i++) await PutLogAsync(lab, i, $"host{i % 3}", i * 100);
        await PutLogAsync(lab, 2, "host-moved", 222);                       // MODIFY
        await lab.Client.DeleteItemAsync(lab.Tlog, new() { ["requestid"] = new() { N = "5" } });   // REMOVE
        await PutLogAsync(lab, 9, "short-lived", 9);
        await lab.Client.DeleteItemAsync(lab.Tlog, new() { ["requestid"] = new() { N = "9" } });   // insert + delete in one batch
        var input = Events.FromDynamoStream(await lab.Tail.ReadNewAsync(), lab.Tail.StreamArn);
        Assert.Equal(12, input.Records.Count);

        var response = await lab.Handler.FunctionHandler(input, TestContext.For("ddbreplica_lambda").Context);
        Assert.Empty(response.BatchItemFailures);
        var expected = await RowsAsync(lab.Client, lab.Tlog);
        Assert.Equal(expected, await RowsAsync(lab.Client, lab.Replica));

        await lab.Handler.FunctionHandler(input, TestContext.For("ddbreplica_lambda").Context); // redelivery
        Assert.Equal(expected, await RowsAsync(lab.Client, lab.Replica));
        Assert.Equal(7, expected.Count);
    }

    [Fact]
    public async Task Records_without_a_new_image_are_reported_and_skipped()
    {
        // A KEYS_ONLY stream is a real misconfiguration: INSERTs arrive without NewImage.
        var lab = await CreateLabAsync(fixture, StreamViewType.KEYS_ONLY);
        await PutLogAsync(lab, 1, "a", 1);
        await PutLogAsync(lab, 2, "b", 2);
        var input = Events.FromDynamoStream(await lab.Tail.ReadNewAsync(), lab.Tail.StreamArn);
        var (context, logger) = TestContext.For("ddbreplica_lambda");

        var response = await lab.Handler.FunctionHandler(input, context);

        Assert.Empty(response.BatchItemFailures);
        Assert.Empty(await RowsAsync(lab.Client, lab.Replica));
        Assert.All(input.Records, r => Assert.Contains(logger.Lines, l => l.Contains(r.EventId!) && l.Contains("INSERT without NewImage")));
    }
}
