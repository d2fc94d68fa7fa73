using System.Text.Json;
using Lab.Classroom.Quotas;
using Lab.Infra.Planning;

namespace Lab.Classroom.Usage;

/// <summary>
/// What one student's stack uses of each quota, counted from the plan the stack program declares (never kept by hand):
/// the same evaluation `lab plan` writes, with the stack's labs, capacityScale, shard count and reservation.
/// </summary>
public sealed record StudentUsage(IReadOnlyDictionary<string, double> PerQuota, LargestTable LargestRead, LargestTable LargestWrite, long ArchiveBytes)
{
    public double Of(string quotaKey) => PerQuota.GetValueOrDefault(quotaKey);

    public static StudentUsage FromPlan(StackPlan plan, string repositoryRoot)
    {
        using var document = JsonDocument.Parse(PlanJson.Serialize(plan, repositoryRoot));
        var resources = document.RootElement.GetProperty("resources").EnumerateArray()
            .Select(r => (Type: r.GetProperty("type").GetString()!, Name: r.GetProperty("name").GetString()!, Inputs: r.GetProperty("inputs")))
            .ToList();
        IEnumerable<JsonElement> OfType(string type) => resources.Where(r => r.Type == type).Select(r => r.Inputs);

        var tables = resources.Where(r => r.Type == "aws:dynamodb/table:Table").ToList();
        var provisioned = tables
            .Where(t => Text(t.Inputs, "billingMode") is null or "PROVISIONED")
            .Select(t => (t.Name, Read: Number(t.Inputs, "readCapacity") + Indexes(t.Inputs).Sum(i => Number(i, "readCapacity")),
                Write: Number(t.Inputs, "writeCapacity") + Indexes(t.Inputs).Sum(i => Number(i, "writeCapacity"))))
            .ToList();
        var streams = OfType("aws:kinesis/stream:Stream").ToList();
        var onDemand = streams.Where(s => StreamMode(s) == "ON_DEMAND").ToList();
        var archives = OfType("aws:lambda/function:Function")
            .Select(f => f.TryGetProperty("code", out var code) && code.TryGetProperty("path", out var path) ? path.GetString() : null)
            .ToList();
        var archiveBytes = archives.Sum(path => path is null ? 0 : ArchiveSize.ZippedBytes(Path.GetFullPath(path, repositoryRoot)));

        var usage = new Dictionary<string, double>
        {
            [QuotaCatalog.AccountReadCapacity] = provisioned.Sum(t => t.Read),
            [QuotaCatalog.AccountWriteCapacity] = provisioned.Sum(t => t.Write),
            [QuotaCatalog.TableReadCapacity] = provisioned.Select(t => t.Read).DefaultIfEmpty(0).Max(),
            [QuotaCatalog.TableWriteCapacity] = provisioned.Select(t => t.Write).DefaultIfEmpty(0).Max(),
            [QuotaCatalog.Tables] = tables.Count,
            [QuotaCatalog.Roles] = OfType("aws:iam/role:Role").Count(),
            [QuotaCatalog.Shards] = streams.Except(onDemand).Sum(s => Number(s, "shardCount")),
            [QuotaCatalog.OnDemandStreams] = onDemand.Count,
            [QuotaCatalog.Concurrency] = OfType("aws:lambda/function:Function").Sum(f => Number(f, "reservedConcurrentExecutions")),
            [QuotaCatalog.CodeStorage] = archiveBytes / (double)(1L << 30),
            [QuotaCatalog.Rules] = OfType("aws:cloudwatch/eventRule:EventRule").Count(),
            [QuotaCatalog.LogGroups] = OfType("aws:cloudwatch/logGroup:LogGroup").Count(),
            [QuotaCatalog.Queues] = OfType("aws:sqs/queue:Queue").Count(),
            [QuotaCatalog.Dashboards] = OfType("aws:cloudwatch/dashboard:Dashboard").Count(),
        };
        var largestRead = provisioned.OrderByDescending(t => t.Read).Select(t => new LargestTable(t.Name, t.Read)).FirstOrDefault() ?? new LargestTable("(none)", 0);
        var largestWrite = provisioned.OrderByDescending(t => t.Write).Select(t => new LargestTable(t.Name, t.Write)).FirstOrDefault() ?? new LargestTable("(none)", 0);
        return new StudentUsage(usage, largestRead, largestWrite, archiveBytes);
    }

    private static IEnumerable<JsonElement> Indexes(JsonElement table) =>
        table.TryGetProperty("globalSecondaryIndexes", out var indexes) && indexes.ValueKind == JsonValueKind.Array ? indexes.EnumerateArray() : [];

    // A stream without streamModeDetails is provisioned, as Kinesis' CreateStream defaults.
    private static string StreamMode(JsonElement stream) =>
        stream.TryGetProperty("streamModeDetails", out var details) && details.TryGetProperty("streamMode", out var mode) ? mode.GetString() ?? "PROVISIONED" : "PROVISIONED";

    private static string? Text(JsonElement element, string key) =>
        element.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static double Number(JsonElement element, string key) =>
        element.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : 0;
}
