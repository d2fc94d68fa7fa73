using Amazon.DynamoDBv2.Model;
using Lab.Local;
using Lab.Workshop.Data;
using Lab.Workshop.Exercises;
using Lab.Workshop.Output;
using Lab.Workshop.Target;

namespace Lab.Scenarios;

/// <summary>
/// LABS.md §3: the workshop's log data loaded into tlog reaches tlog_replica through ddbreplica_lambda,
/// deletes and updates included; the workshop's scan and sharded-GSI query answer what the data says.
/// </summary>
public sealed class DesignPatternsScenario(int seed = 7, int rows = 400) : ILabScenario
{
    private const int Deleted = 40;
    private const int Updated = 25;

    public string Lab => "designPatterns";

    public async Task<IReadOnlyList<CheckResult>> RunAsync(ILabTarget target)
    {
        var tlog = target.Outputs.TableName(Lab, "tlog");
        var replica = target.Outputs.TableName(Lab, "tlog_replica");
        var directory = Directory.CreateTempSubdirectory("lab-designpatterns-").FullName;
        var console = new WorkshopConsole(TextWriter.Null, json: true, interactive: false);
        var workshop = new WorkshopTarget(WorkshopOutputsFrom(target.Outputs), target.DynamoDbEndpoint);
        var checks = new List<CheckResult>();
        try
        {
            target.Progress($"designPatterns: generating {rows} log rows and loading them into tlog (workshop load-logfile)");
            var files = new DataGenerator(seed).Write(directory, rows, employees: 20);
            var loaded = await LoadLogFileExercise.RunAsync(workshop, console, "tlog", files.LogFile1);
            await target.SettleAsync(TimeSpan.FromSeconds(120));
            checks.Add(CheckResult.Compare(Lab, "rows loaded into tlog", (long)rows, loaded.Rows));
            checks.Add(await SameItemsSettledAsync(target, tlog, replica, "tlog_replica equals tlog after the load"));

            target.Progress($"designPatterns: deleting {Deleted} and updating {Updated} tlog items");
            var records = CsvFile.ReadLog(files.LogFile1).ToList();
            foreach (var record in records.Take(Deleted))
                await target.DynamoDb.DeleteItemAsync(tlog, new() { ["requestid"] = new AttributeValue { N = $"{record.RequestId}" } });
            foreach (var record in records.Skip(Deleted).Take(Updated))
            {
                await target.DynamoDb.UpdateItemAsync(new UpdateItemRequest
                {
                    TableName = tlog,
                    Key = new() { ["requestid"] = new AttributeValue { N = $"{record.RequestId}" } },
                    UpdateExpression = "SET bytessent = bytessent + :one",
                    ExpressionAttributeValues = new() { [":one"] = new AttributeValue { N = "1" } },
                });
            }
            await target.SettleAsync(TimeSpan.FromSeconds(120));
            checks.Add(await SameItemsSettledAsync(target, tlog, replica, "tlog_replica equals tlog after deletes and updates"));

            var remaining = records.Skip(Deleted).Select((r, i) => i < Updated ? r with { BytesSent = r.BytesSent + 1 } : r).ToList();
            var scan = await ScanExercise.RunAsync(workshop, console, "tlog", segments: 4, pageSize: 100);
            checks.Add(CheckResult.Compare(Lab, "workshop scan (4 segments): bytessent where responsecode <> 200",
                remaining.Where(r => r.ResponseCode != 200).Sum(r => r.BytesSent), scan.BytesSent));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
        return checks;
    }

    private Task<CheckResult> SameItemsSettledAsync(ILabTarget target, string source, string copy, string check) =>
        target.ReadSettledAsync(() => SameItemsAsync(target, source, copy, check), result => result.Pass, TimeSpan.FromSeconds(120));

    private async Task<CheckResult> SameItemsAsync(ILabTarget target, string source, string copy, string check)
    {
        var expected = Canonical(await TableItems.ScanAsync(target.DynamoDb, source));
        var actual = Canonical(await TableItems.ScanAsync(target.DynamoDb, copy));
        var missing = expected.Except(actual).Count();
        var extra = actual.Except(expected).Count();
        return new CheckResult(Lab, check, $"{expected.Count} items, none missing or extra",
            $"{actual.Count} items, {missing} missing or different, {extra} extra", missing == 0 && extra == 0 && expected.Count == actual.Count);
    }

    private static HashSet<string> Canonical(IEnumerable<Dictionary<string, AttributeValue>> items) =>
        items.Select(item => string.Join("|", item.OrderBy(a => a.Key, StringComparer.Ordinal)
            .Select(a => $"{a.Key}={a.Value.S ?? a.Value.N ?? (a.Value.BOOL is { } b ? b.ToString() : "")}"))).ToHashSet();

    private WorkshopOutputs WorkshopOutputsFrom(StackOutputs outputs)
    {
        var keys = new[] { "tlog", "tlog_gsi_low", "tlog_scan", "employees", "tlog_replica" };
        var tables = keys.ToDictionary(key => key, key => new ProvisionedTable(outputs.TableName(Lab, key), outputs.TableArn(Lab, key), null));
        return new WorkshopOutputs(outputs.Student ?? "local", outputs.Region ?? LocalEngines.Region, tables);
    }
}
