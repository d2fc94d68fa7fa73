using Lab.Classroom.Quotas;

namespace Lab.Classroom.Planning;

/// <summary>
/// One quota in one account (and Region, for regional quotas): what each student uses, what the class uses, the
/// limit, and how many students it admits (null: no limit from this quota).
/// </summary>
public sealed record QuotaRow(
    Quota Quota, string Region, int Students, double PerStudent, double Used, double? Limit, double? Available, bool Fits, int? StudentsThatFit, string? Detail);
