namespace Lab.Classroom.Roster;

/// <summary>One roster row: the student, and optionally the AWS account and Region their stack deploys to.</summary>
public sealed record RosterEntry(int Line, string Student, string? Account, string? Region);
