using System.Diagnostics;
using Amazon.DynamoDBv2.Model;
using Lab.Workshop.Data;
using Lab.Workshop.Output;
using Lab.Workshop.Target;

namespace Lab.Workshop.Exercises;

public sealed record ParallelLoadResult(
    string Table, IReadOnlyList<string> Files, int Copies, int Concurrency, long Items, long Requests,
    long ThrottledRequests, long UnprocessedRetries, double Seconds, double ItemsPerSecond, long ServerErrorRetries = 0, long NetworkErrorRetries = 0);

/// <summary>
/// load_tlog_parallel.py: every row of every file written <c>copies</c> times with derived request ids
/// (the seed: 2 files × 250 copies = 1,000,000 items), BatchWriteItem with bounded concurrency.
/// </summary>
public static class ParallelLoadExercise
{
    /// <summary>
    /// Copy c of file f gets id (c·files + f)·stride + id, stride a power of ten above every id: ids stay
    /// unique and id mod 10 — so the GSI shard — is the original row's.
    /// </summary>
    public static long DerivedId(long requestId, int copy, int fileIndex, int fileCount, long stride) =>
        ((long)copy * fileCount + fileIndex) * stride + requestId;

    public static long StrideFor(long maxRequestId)
    {
        long stride = 10;
        while (stride <= maxRequestId) stride *= 10;
        return stride;
    }

    public static async Task<ParallelLoadResult> RunAsync(
        WorkshopTarget target, WorkshopConsole console, string tableKey, IReadOnlyList<string> files, int copies, int concurrency, CancellationToken ct = default)
    {
        if (files.Count == 0) throw new WorkshopException("no log files given; expected at least one --file.");
        if (copies < 1) throw new WorkshopArgumentException($"--copies is {copies}; expected 1 or more.");
        if (concurrency < 1) throw new WorkshopArgumentException($"--concurrency is {concurrency}; expected 1 or more.");
        var rows = files.Select(f => CsvFile.ReadAll(f, CsvFile.ReadLog)).ToList();
        var stride = StrideFor(rows.SelectMany(r => r).Select(r => r.RequestId).DefaultIfEmpty(0).Max());

        // No SDK retries: every throttle, 5xx and network failure reaches BatchWriter, which counts it and backs off with jitter.
        using var client = target.CreateClient(sdkRetries: 0);
        var table = await target.RequireTableAsync(client, tableKey, "requestid", null, ct);
        var counter = new ThrottleCounter();
        var writer = new BatchWriter(client, Backoff.Default, counter);
        long total = (long)copies * rows.Sum(r => r.Count);
        long written = 0, requests = 0;

        IEnumerable<List<Dictionary<string, AttributeValue>>> Batches() =>
            from copy in Enumerable.Range(0, copies)
            from fileIndex in Enumerable.Range(0, rows.Count)
            from chunk in rows[fileIndex].Chunk(BatchWriter.MaxBatch)
            select chunk.Select(r => LogItem.From(r with { RequestId = DerivedId(r.RequestId, copy, fileIndex, rows.Count, stride) })).ToList();

        var watch = Stopwatch.StartNew();
        await console.WithProgressAsync($"loading {total} items into {table}", total, async advance =>
        {
            await Parallel.ForEachAsync(Batches(), new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = ct }, async (batch, token) =>
            {
                await writer.WriteAsync(table, batch, token);
                Interlocked.Add(ref written, batch.Count);
                Interlocked.Increment(ref requests);
                advance(batch.Count);
            });
            return written;
        });
        var seconds = Seconds.Of(watch);
        console.Line($"total rows {written} in {Seconds.Text(seconds)} seconds");
        console.Line($"throttled requests: {counter.ThrottledRequests}, retries of unprocessed items: {counter.UnprocessedRetries}, " +
            $"retries after server errors: {counter.ServerErrorRetries}, after network errors: {counter.NetworkErrorRetries}");
        return new ParallelLoadResult(table, files, copies, concurrency, written, requests, counter.ThrottledRequests, counter.UnprocessedRetries,
            seconds, LoadLogFileExercise.Rate(written, seconds), counter.ServerErrorRetries, counter.NetworkErrorRetries);
    }
}
