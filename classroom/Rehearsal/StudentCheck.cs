using Lab.Scenarios;

namespace Lab.Classroom.Rehearsal;

/// <summary>A row of `lab class local`'s report: `lab local`'s {lab, check, expected, actual, pass} with the student it is about.</summary>
public sealed record StudentCheck(string Student, CheckResult Check)
{
    /// <summary>The student column of a check about the whole class rather than one student.</summary>
    public const string WholeClass = "(class)";
}
