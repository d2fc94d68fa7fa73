using System.Globalization;
using Lab.Classroom.Planning;
using Lab.Classroom.Quotas;

namespace Lab.Cli.Commands.Class;

/// <summary>`lab class plan`'s report for people: per account, every quota; then what would make the class fit, and the cost.</summary>
public static class ClassPlanText
{
    public static string Number(double value) =>
        value == Math.Floor(value) ? value.ToString("N0", CultureInfo.InvariantCulture) : value.ToString("N3", CultureInfo.InvariantCulture);

    public static void Write(TextWriter output, ClassPlan plan, string stackName, IReadOnlyList<string> labs)
    {
        var accounts = plan.Accounts.Count;
        output.WriteLine($"Class of {plan.Students} students in {accounts} account{(accounts == 1 ? "" : "s")}: stack '{stackName}' " +
            $"(labs {string.Join(", ", labs)}; capacityScale {plan.CapacityScale.ToString(CultureInfo.InvariantCulture)}).");
        output.WriteLine($"Per student, from the stack program: {string.Join(", ", QuotaCatalog.All.Where(q => q.Kind != QuotaKind.PerResource).Select(q => $"{Number(plan.PerStudent.Of(q.Key))} {q.Unit}"))}; " +
            $"largest table {plan.PerStudent.LargestWrite.Name} ({Number(plan.PerStudent.LargestWrite.Units)} WCU), {plan.PerStudent.LargestRead.Name} ({Number(plan.PerStudent.LargestRead.Units)} RCU).");
        foreach (var account in plan.Accounts)
        {
            output.WriteLine();
            output.WriteLine($"Account {account.Account}: {account.Students} students in {string.Join(", ", account.Regions)}");
            output.WriteLine($"  {"quota",-58} {"region",-10} {"per student",12} {"class",12} {"quota",12} {"fits",-4} {"students that fit",17}");
            foreach (var row in account.Rows)
            {
                var limit = row.Limit is null ? "none" : Number(row.Limit.Value);
                var admits = row.StudentsThatFit is null ? "no limit" : Number(row.StudentsThatFit.Value);
                output.WriteLine($"  {Truncate(row.Quota.Name, 58),-58} {row.Region,-10} {Number(row.PerStudent),12} {Number(row.Used),12} {limit,12} {(row.Fits ? "yes" : "NO"),-4} {admits,17}" +
                    (row.Detail is null ? "" : $"  ({row.Detail})"));
            }
            output.WriteLine(account.Binding is { } binding
                ? $"  Binding quota: {binding.Quota.Name} ({binding.Quota.Key}): at most {Number(binding.StudentsThatFit!.Value)} students fit this account."
                : "  No quota here limits the number of students.");
        }

        output.WriteLine();
        if (plan.Fits) output.WriteLine("The class fits.");
        else output.WriteLine($"Does not fit: {ClassPlanning.WhyNotFitting(plan)}");
        output.WriteLine(plan.Fits ? "Limits for this class:" : "To fit (any one of):");
        if (plan.LargestCapacityScaleThatFits is { } scale)
            output.WriteLine($"  - capacityScale {scale.ToString(CultureInfo.InvariantCulture)} is the largest the DynamoDB capacity quotas allow for this class (config key dynamodb-labs:capacityScale).");
        else if (plan.PerStudent.Of(QuotaCatalog.AccountWriteCapacity) > 0)
            output.WriteLine("  - no capacityScale (0.01 to 10) fits the DynamoDB capacity quotas for this class.");
        foreach (var increase in plan.QuotaIncreases)
            output.WriteLine($"  - request {increase.Name} ({increase.Key}) in account {increase.Account}, {increase.Region}: {Number(increase.Needed)} instead of {Number(increase.Limit)}.");
        output.WriteLine(plan.AccountsNeeded switch
        {
            null => "  - no number of accounts helps: one student alone exceeds a quota.",
            1 => $"  - one account with these quotas holds all {plan.Students} students.",
            var needed => $"  - {needed} accounts with these quotas hold {plan.Students} students (--accounts {needed}).",
        });
        if (plan.Accounts.Any(a => a.Rows.Any(r => r.Quota.Key == QuotaCatalog.Concurrency && !r.Fits)))
            output.WriteLine("  - or set dynamodb-labs:reduceLambdaReservedConcurrency to off: the labs reserve no concurrency then (README, \"Reserved concurrency\").");

        output.WriteLine();
        var cost = plan.Cost;
        output.WriteLine($"Cost while the stacks exist: ${cost.PerStudentHourUsd.ToString("F2", CultureInfo.InvariantCulture)} per student-hour, " +
            $"${cost.ClassHourUsd.ToString("N2", CultureInfo.InvariantCulture)} per class-hour" +
            (cost.Hours > 0 ? $", ${cost.ClassTotalUsd.ToString("N2", CultureInfo.InvariantCulture)} for {cost.Hours.ToString(CultureInfo.InvariantCulture)} hours." : "."));
        output.WriteLine($"  Prices ({PriceTable.Region} list prices; other Regions differ): ${PriceTable.WriteUnitHourUsd} per provisioned WCU-hour, " +
            $"${PriceTable.ReadUnitHourUsd} per RCU-hour, ${PriceTable.ShardHourUsd} per Kinesis shard-hour.");
        output.WriteLine($"  Left out: {string.Join("; ", PriceTable.LeftOut)}.");
    }

    private static string Truncate(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "…";
}
