using Amazon.DynamoDBv2.Model;
using Lab.Testing;
using Lab.Workshop.Exercises;

namespace Lab.Workshop.Tests;

[Collection("dynamodb-local")]
public sealed class LogExercisesTests(DynamoDbLocalFixture engine)
{
    private static Task<WorkshopWorld>? world;

    /// <summary>One loaded world for the read-only checks below: setup + parallel load run once per test run.</summary>
    private Task<WorkshopWorld> LoadedAsync() => world ??= LoadAsync();

    private async Task<WorkshopWorld> LoadAsync()
    {
        var w = await WorkshopWorld.CreateAsync(engine, WorkshopWorld.LogTables);
        await ParallelLoadExercise.RunAsync(w.Target, WorkshopWorld.Quiet, "tlog_scan", [w.Files.LogFile1, w.Files.LogFile2], WorkshopWorld.Copies, concurrency: 4);
        return w;
    }

    [Fact]
    public async Task Parallel_load_retries_server_errors_and_dropped_connections_and_writes_every_item()
    {
        // Every 7th BatchWriteItem gets an HTTP 500, every 11th a connection that dies mid-answer (the SDK resends those
        // itself), and the 20th takes the endpoint away for 2 s: the load must still finish, every item written once.
        var w = await WorkshopWorld.CreateAsync(engine, ["tlog_scan"]);
        await using var faulty = new FaultyEndpoint(engine.Endpoint, n =>
            n == 20 ? FaultyEndpoint.Fault.Outage : n % 11 == 0 ? FaultyEndpoint.Fault.DropConnection : n % 7 == 0 ? FaultyEndpoint.Fault.ServerError : FaultyEndpoint.Fault.None);
        var target = new Lab.Workshop.Target.WorkshopTarget(w.Target.Outputs, faulty.Endpoint);

        var result = await ParallelLoadExercise.RunAsync(target, WorkshopWorld.Quiet, "tlog_scan", [w.Files.LogFile1, w.Files.LogFile2], copies: 2, concurrency: 4);

        Assert.Equal(2L * w.AllLogRows.Count, result.Items);
        Assert.Equal(faulty.ServerErrors, result.ServerErrorRetries);
        Assert.True(result.ServerErrorRetries > 0 && faulty.DroppedConnections > 0 && faulty.Outages == 1, $"{result.ServerErrorRetries} / {faulty.DroppedConnections}");
        Assert.True(result.NetworkErrorRetries > 0, "the outage never reached the loader's retries");
        using var client = w.Target.CreateClient();
        var table = w.Target.Outputs.TableName("tlog_scan");
        var count = 0;
        Dictionary<string, Amazon.DynamoDBv2.Model.AttributeValue>? start = null;
        do
        {
            var page = await client.ScanAsync(new Amazon.DynamoDBv2.Model.ScanRequest { TableName = table, Select = Amazon.DynamoDBv2.Select.COUNT, ExclusiveStartKey = start });
            count += page.Count ?? 0;
            start = page.LastEvaluatedKey is { Count: > 0 } key ? key : null;
        } while (start is not null);
        Assert.Equal(result.Items, count);
    }

    [Fact]
    public async Task Sequential_load_writes_every_row_of_the_file()
    {
        var w = await WorkshopWorld.CreateAsync(engine, ["tlog"]);
        var expected = ExpectedRows.Log(w.Files.LogFile1);

        var result = await LoadLogFileExercise.RunAsync(w.Target, WorkshopWorld.Quiet, "tlog", w.Files.LogFile1);

        Assert.Equal(expected.Count, result.Rows);
        using var client = engine.CreateClient();
        var count = (await client.ScanAsync(new ScanRequest(w.Target.Outputs.TableName("tlog")) { Select = Amazon.DynamoDBv2.Select.COUNT })).Count;
        Assert.Equal(expected.Count, count);
        var item = (await client.GetItemAsync(w.Target.Outputs.TableName("tlog"), new() { ["requestid"] = new AttributeValue { N = expected[17].RequestId.ToString() } })).Item;
        Assert.Equal(expected[17].Bytes.ToString(), item["bytessent"].N);
        Assert.Equal($"{expected[17].RequestId % 10 + 1}", item["gsi_responsecode_hk"].N);
    }

    [Fact]
    public async Task Parallel_load_writes_every_row_copies_times_with_unique_ids()
    {
        var w = await LoadedAsync();
        var expected = ExpectedRows.Log(w.Files.LogFile1, w.Files.LogFile2).Count * WorkshopWorld.Copies;
        using var client = engine.CreateClient();
        long count = 0;
        Dictionary<string, AttributeValue>? start = null;
        do
        {
            var page = await client.ScanAsync(new ScanRequest(w.Target.Outputs.TableName("tlog_scan")) { Select = Amazon.DynamoDBv2.Select.COUNT, ExclusiveStartKey = start });
            count += page.Count ?? 0;
            start = page.LastEvaluatedKey is { Count: > 0 } next ? next : null;
        } while (start is not null);
        Assert.Equal(expected, count);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public async Task Scan_sums_bytes_sent_of_non_200_responses(int segments)
    {
        var w = await LoadedAsync();
        var rows = ExpectedRows.Log(w.Files.LogFile1, w.Files.LogFile2);
        var non200 = rows.Where(r => r.Code != 200).ToList();

        var result = await ScanExercise.RunAsync(w.Target, WorkshopWorld.Quiet, "tlog_scan", segments, pageSize: 100);

        Assert.Equal(non200.Sum(r => r.Bytes) * WorkshopWorld.Copies, result.BytesSent);
        Assert.Equal(non200.Count * WorkshopWorld.Copies, result.MatchedCount);
        Assert.Equal(rows.Count * WorkshopWorld.Copies, result.ScannedCount);
    }

    [Fact]
    public async Task Response_code_query_counts_per_shard_1_to_10()
    {
        var w = await LoadedAsync();
        var rows = ExpectedRows.Log(w.Files.LogFile1, w.Files.LogFile2);

        var result = await QueryResponseCodeExercise.RunAsync(w.Target, WorkshopWorld.Quiet, "tlog_scan", 404, null);

        Assert.Equal(Enumerable.Range(1, 10).Select(s => (long)s), result.PerShard.Keys.Order());
        foreach (var shard in Enumerable.Range(1, 10))
            Assert.Equal(rows.Count(r => r.Code == 404 && r.RequestId % 10 + 1 == shard) * WorkshopWorld.Copies, result.PerShard[shard]);
        Assert.Equal(rows.Count(r => r.Code == 404) * WorkshopWorld.Copies, result.Total);
        Assert.True(result.Total > 0, "the generated data must contain 404s for this test to mean anything");
    }

    [Fact]
    public async Task Response_code_query_with_a_date_counts_only_that_date()
    {
        var w = await LoadedAsync();
        var rows = ExpectedRows.Log(w.Files.LogFile1, w.Files.LogFile2);

        var result = await QueryResponseCodeExercise.RunAsync(w.Target, WorkshopWorld.Quiet, "tlog_scan", 404, "2017-07-21");

        foreach (var shard in Enumerable.Range(1, 10))
            Assert.Equal(rows.Count(r => r.Code == 404 && r.Date == "2017-07-21" && r.RequestId % 10 + 1 == shard) * WorkshopWorld.Copies, result.PerShard[shard]);
        Assert.True(result.Total > 0 && result.Total < rows.Count(r => r.Code == 404) * WorkshopWorld.Copies);
    }
}
