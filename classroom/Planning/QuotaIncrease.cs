namespace Lab.Classroom.Planning;

/// <summary>A quota increase that would let an account hold its students: request <see cref="Needed"/> instead of <see cref="Limit"/>.</summary>
public sealed record QuotaIncrease(string Account, string Region, string Key, string Name, double Limit, double Needed);
