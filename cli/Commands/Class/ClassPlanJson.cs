using System.Text.Json;
using System.Text.Json.Nodes;
using Lab.Classroom.Planning;
using Lab.Classroom.Quotas;

namespace Lab.Cli.Commands.Class;

/// <summary>`lab class plan --json`: the whole answer as one object (fields documented in README, "Running a class").</summary>
public static class ClassPlanJson
{
    public static string Serialize(ClassPlan plan, string stackName, IReadOnlyList<string> labs)
    {
        var binding = plan.FirstExceeded is { } exceeded ? Binding(exceeded.Account, exceeded.Row)
            : plan.Accounts.Select(a => a.Binding is { } row ? Binding(a, row) : null).FirstOrDefault(b => b is not null);
        var document = new JsonObject
        {
            ["stack"] = stackName,
            ["labs"] = new JsonArray(labs.Select(l => (JsonNode)l).ToArray()),
            ["capacityScale"] = plan.CapacityScale,
            ["students"] = plan.Students,
            ["fits"] = plan.Fits,
            ["bindingQuota"] = binding,
            ["perStudent"] = new JsonObject(QuotaCatalog.All.Select(q => KeyValuePair.Create(q.Key, (JsonNode?)plan.PerStudent.Of(q.Key)))),
            ["largestTables"] = new JsonObject
            {
                ["read"] = new JsonObject { ["name"] = plan.PerStudent.LargestRead.Name, ["units"] = plan.PerStudent.LargestRead.Units },
                ["write"] = new JsonObject { ["name"] = plan.PerStudent.LargestWrite.Name, ["units"] = plan.PerStudent.LargestWrite.Units },
            },
            ["archiveBytes"] = plan.PerStudent.ArchiveBytes,
            ["accounts"] = new JsonArray(plan.Accounts.Select(Account).ToArray()),
            ["toFit"] = new JsonObject
            {
                ["largestCapacityScale"] = plan.LargestCapacityScaleThatFits,
                ["quotaIncreases"] = new JsonArray(plan.QuotaIncreases.Select(i => (JsonNode)new JsonObject
                {
                    ["account"] = i.Account, ["region"] = i.Region, ["key"] = i.Key, ["name"] = i.Name, ["limit"] = i.Limit, ["needed"] = i.Needed,
                }).ToArray()),
                ["accountsNeeded"] = plan.AccountsNeeded,
            },
            ["cost"] = new JsonObject
            {
                ["priceRegion"] = PriceTable.Region,
                ["prices"] = new JsonObject
                {
                    ["readUnitHourUsd"] = PriceTable.ReadUnitHourUsd, ["writeUnitHourUsd"] = PriceTable.WriteUnitHourUsd, ["shardHourUsd"] = PriceTable.ShardHourUsd,
                },
                ["perStudentHourUsd"] = plan.Cost.PerStudentHourUsd,
                ["classHourUsd"] = plan.Cost.ClassHourUsd,
                ["hours"] = plan.Cost.Hours,
                ["classTotalUsd"] = plan.Cost.ClassTotalUsd,
                ["leftOut"] = new JsonArray(PriceTable.LeftOut.Select(l => (JsonNode)l).ToArray()),
            },
        };
        return document.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private static JsonObject Binding(AccountPlan account, QuotaRow row) => new()
    {
        ["key"] = row.Quota.Key, ["name"] = row.Quota.Name, ["account"] = account.Account, ["region"] = row.Region,
        ["used"] = row.Used, ["available"] = row.Available, ["studentsThatFit"] = row.StudentsThatFit,
    };

    private static JsonNode Account(AccountPlan account) => new JsonObject
    {
        ["account"] = account.Account,
        ["students"] = account.Students,
        ["regions"] = new JsonArray(account.Regions.Select(r => (JsonNode)r).ToArray()),
        ["fits"] = account.Fits,
        ["binding"] = account.Binding?.Quota.Key,
        ["mostStudentsThatFit"] = account.MostStudentsThatFit,
        ["quotas"] = new JsonArray(account.Rows.Select(row => (JsonNode)new JsonObject
        {
            ["key"] = row.Quota.Key,
            ["name"] = row.Quota.Name,
            ["unit"] = row.Quota.Unit,
            ["scope"] = row.Quota.Scope == QuotaScope.Account ? "account" : "region",
            ["region"] = row.Region,
            ["students"] = row.Students,
            ["perStudent"] = row.PerStudent,
            ["used"] = row.Used,
            ["limit"] = row.Limit,
            ["available"] = row.Available,
            ["fits"] = row.Fits,
            ["studentsThatFit"] = row.StudentsThatFit,
            ["detail"] = row.Detail,
            ["note"] = row.Quota.Note,
            ["source"] = row.Quota.Source,
        }).ToArray()),
    };
}
