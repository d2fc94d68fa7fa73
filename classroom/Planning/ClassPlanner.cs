using Lab.Classroom.Quotas;
using Lab.Classroom.Usage;

namespace Lab.Classroom.Planning;

/// <summary>
/// Sets a class's seats against the default quotas (or the overrides given): per account and Region, usage vs quota,
/// the binding quota, and what would make the class fit — a smaller capacityScale (found by evaluating the stack at each
/// candidate), the quota increases, or more accounts.
/// </summary>
public sealed class ClassPlanner(IReadOnlyDictionary<string, double> overrides)
{
    public const string DefaultAccount = "(default)";

    // capacityScale is searched in steps of 0.01: what an instructor would write in the stack's config.
    private const int ScaleSteps = 100;

    public async Task<ClassPlan> PlanAsync(IReadOnlyList<Seat> seats, double capacityScale, StudentUsage usage, Func<double, Task<StudentUsage>> usageAtScale, double hours)
    {
        var accounts = Accounts(seats, usage);
        var mainRegion = seats.GroupBy(s => s.Region).OrderByDescending(g => g.Count()).First().Key;
        return new ClassPlan(
            seats.Count, capacityScale, usage, accounts,
            await LargestFittingScaleAsync(seats, usage, usageAtScale),
            accounts.SelectMany(a => a.Rows.Where(r => !r.Fits && r.Limit is not null).Select(r =>
                new QuotaIncrease(a.Account, r.Quota.Scope == QuotaScope.Account ? "all" : r.Region, r.Quota.Key, r.Quota.Name, r.Limit!.Value, Needed(r)))).ToList(),
            AccountsNeeded(seats.Count, usage, mainRegion),
            ClassCost.Of(usage, seats.Count, hours));
    }

    public IReadOnlyList<AccountPlan> Accounts(IReadOnlyList<Seat> seats, StudentUsage usage) =>
        seats.GroupBy(s => s.Account ?? DefaultAccount)
            .Select(account =>
            {
                var regions = account.Select(s => s.Region).Distinct().Order(StringComparer.Ordinal).ToList();
                var rows = new List<QuotaRow>();
                foreach (var quota in QuotaCatalog.All)
                {
                    if (quota.Scope == QuotaScope.Account) rows.Add(Row(quota, "all", regions[0], account.Count(), usage));
                    else rows.AddRange(regions.Select(region => Row(quota, region, region, account.Count(s => s.Region == region), usage)));
                }
                return new AccountPlan(account.Key, account.Count(), regions, rows);
            })
            .ToList();

    public double? Limit(Quota quota, string region) => overrides.TryGetValue(quota.Key, out var given) ? given : quota.Default(region);

    private QuotaRow Row(Quota quota, string shownRegion, string region, int students, StudentUsage usage)
    {
        var per = usage.Of(quota.Key);
        var limit = Limit(quota, region);
        switch (quota.Kind)
        {
            case QuotaKind.PerResource:
            {
                var largest = quota.Key == QuotaCatalog.TableReadCapacity ? usage.LargestRead : usage.LargestWrite;
                var fits = limit is null || per <= limit;
                return new QuotaRow(quota, shownRegion, students, per, per, limit, limit, fits, fits ? null : 0, $"largest: {largest.Name}");
            }
            case QuotaKind.Reservable:
            {
                var available = limit is null ? (double?)null : limit.Value - Math.Min(QuotaCatalog.MinimumUnreservedConcurrency, limit.Value);
                return Summed(quota, shownRegion, students, per, limit, available, available is null ? null : $"{available:0} reservable");
            }
            default:
                return Summed(quota, shownRegion, students, per, limit, limit, null);
        }
    }

    private static QuotaRow Summed(Quota quota, string region, int students, double per, double? limit, double? available, string? detail)
    {
        var used = per * students;
        var fits = available is null || used <= available.Value + 1e-9;
        int? admits = available is null || per <= 0 ? null : (int)Math.Floor(available.Value / per + 1e-9);
        return new QuotaRow(quota, region, students, per, used, limit, available, fits, admits, detail);
    }

    // A reservable quota is raised by what the reservations need on top of the unreserved minimum.
    private static double Needed(QuotaRow row) =>
        row.Quota.Kind == QuotaKind.Reservable ? row.Used + QuotaCatalog.MinimumUnreservedConcurrency : Math.Ceiling(row.Used * 1000) / 1000;

    /// <summary>Accounts of the class's main Region it takes to seat every student; null when no number of accounts can.</summary>
    private int? AccountsNeeded(int students, StudentUsage usage, string region)
    {
        var alone = Accounts([new Seat("one", null, region)], usage)[0];
        return alone.MostStudentsThatFit switch
        {
            null => 1,
            0 => null,
            var most => (int)Math.Ceiling(students / (double)most),
        };
    }

    private async Task<double?> LargestFittingScaleAsync(IReadOnlyList<Seat> seats, StudentUsage usage, Func<double, Task<StudentUsage>> usageAtScale)
    {
        if (usage.Of(QuotaCatalog.AccountReadCapacity) + usage.Of(QuotaCatalog.AccountWriteCapacity) <= 0) return null;
        async Task<bool> FitsAt(int step) =>
            Accounts(seats, await usageAtScale(step / (double)ScaleSteps)).All(a => a.Rows.Where(r => r.Quota.ScalesWithCapacity).All(r => r.Fits));

        var highest = (int)Math.Round(Infra.Configuration.LabConfig.MaxCapacityScale * ScaleSteps);
        if (!await FitsAt(1)) return null;
        if (await FitsAt(highest)) return highest / (double)ScaleSteps;
        var (fits, fails) = (1, highest);
        while (fails - fits > 1)
        {
            var middle = (fits + fails) / 2;
            if (await FitsAt(middle)) fits = middle; else fails = middle;
        }
        return fits / (double)ScaleSteps;
    }
}
