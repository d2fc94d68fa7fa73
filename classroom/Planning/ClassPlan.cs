using Lab.Classroom.Usage;

namespace Lab.Classroom.Planning;

/// <summary>`lab class plan`'s answer: every account's quota rows, whether the class fits, and what would make it fit.</summary>
public sealed record ClassPlan(
    int Students,
    double CapacityScale,
    StudentUsage PerStudent,
    IReadOnlyList<AccountPlan> Accounts,
    double? LargestCapacityScaleThatFits,
    IReadOnlyList<QuotaIncrease> QuotaIncreases,
    int? AccountsNeeded,
    ClassCost Cost)
{
    public bool Fits => Accounts.All(a => a.Fits);

    /// <summary>The first account that does not fit and its binding quota among those it exceeds; null when the class fits.</summary>
    public (AccountPlan Account, QuotaRow Row)? FirstExceeded =>
        Accounts.Where(a => !a.Fits)
            .Select(a => (a, a.Rows.Where(r => !r.Fits).OrderBy(r => r.StudentsThatFit ?? int.MaxValue).First()))
            .Cast<(AccountPlan, QuotaRow)?>()
            .FirstOrDefault();
}
