namespace Lab.Classroom.Planning;

/// <summary>One account's share of the class: every quota row, the quota that binds first, the most students that fit.</summary>
public sealed record AccountPlan(string Account, int Students, IReadOnlyList<string> Regions, IReadOnlyList<QuotaRow> Rows)
{
    public bool Fits => Rows.All(r => r.Fits);

    /// <summary>The quota that admits the fewest students (the first to run out as the class grows), or null when none limits.</summary>
    public QuotaRow? Binding => Rows.Where(r => r.StudentsThatFit is not null).OrderBy(r => r.StudentsThatFit).FirstOrDefault();

    public int? MostStudentsThatFit => Binding?.StudentsThatFit;
}
