using Lab.Classroom.Planning;
using Lab.Classroom.Roster;
using Lab.Classroom.Rehearsal;

namespace Lab.Cli.Commands.Class;

/// <summary>Where every student of the class deploys: from a roster, or N generated names over K accounts.</summary>
public static class ClassSeats
{
    public const int MaxStudents = 10_000;

    public static IReadOnlyList<Seat> FromCount(int students, int? accounts, string region)
    {
        if (students is < 1 or > MaxStudents) throw new UsageException($"--students {students}: expected a whole number from 1 to {MaxStudents}.");
        var k = CheckAccounts(accounts, students);
        return ClassRehearsal.StudentNames(students).Select((name, i) => new Seat(name, AccountLabel(i, k), region)).ToList();
    }

    public static IReadOnlyList<Seat> FromRoster(IReadOnlyList<RosterEntry> roster, int? accounts, string region)
    {
        if (accounts is not null && roster.Any(e => e.Account is not null))
            throw new UsageException("--accounts goes with a roster without an 'account' column: the roster already says where each student deploys.");
        var k = CheckAccounts(accounts, roster.Count);
        return roster.Select((entry, i) => new Seat(entry.Student, entry.Account ?? AccountLabel(i, k), entry.Region ?? region)).ToList();
    }

    private static int CheckAccounts(int? accounts, int students)
    {
        if (accounts is null) return 1;
        if (accounts < 1 || accounts > students) throw new UsageException($"--accounts {accounts}: expected a whole number from 1 to the number of students ({students}).");
        return accounts.Value;
    }

    // Students are dealt to the accounts in turn, so no two accounts differ by more than one student.
    private static string? AccountLabel(int index, int accounts) => accounts == 1 ? null : $"account-{index % accounts + 1}";
}
