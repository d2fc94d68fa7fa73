using Lab.Classroom.Planning;
using Lab.Classroom.Usage;

namespace Lab.Cli.Commands.Class;

/// <summary>What `class plan` and `class prepare` share: the class's stack evaluated for one student, then seated against the quotas.</summary>
public static class ClassPlanning
{
    public static string Region(IReadOnlyDictionary<string, string> config, string? given) =>
        given ?? config.GetValueOrDefault("aws:region") ?? "us-east-1";

    /// <summary>Refuses (exit 2) the names the stack program itself refuses, each with its message.</summary>
    public static async Task CheckNamesAsync(ClassStack stack, IReadOnlyList<Classroom.Roster.RosterEntry> roster, string rosterPath)
    {
        var problems = await stack.NameProblemsAsync(roster.Select(e => e.Student).ToList());
        var lines = roster.ToDictionary(e => e.Student, e => e.Line);
        if (problems.Count > 0)
            throw new UsageException(string.Join(Environment.NewLine + "lab: ", problems.Select(p => $"{rosterPath}:{lines[p.Student]}: {p.Problem}")));
    }

    public static async Task<ClassPlan> PlanAsync(ClassStack stack, IReadOnlyList<Seat> seats, IReadOnlyDictionary<string, double> quotas, double hours)
    {
        var student = seats[0].Student;
        var usage = await stack.UsageAsync(student);
        return await new ClassPlanner(quotas).PlanAsync(seats, stack.CapacityScale, usage, scale => stack.UsageAsync(student, scale), hours);
    }

    /// <summary>The one line that says why the class does not fit: the binding quota, where, and by how much.</summary>
    public static string WhyNotFitting(ClassPlan plan)
    {
        var (account, row) = plan.FirstExceeded!.Value;
        var where = row.Quota.Scope == Classroom.Quotas.QuotaScope.Account ? $"account {account.Account}" : $"account {account.Account} in {row.Region}";
        var largest = row.Quota.Key == Classroom.Quotas.QuotaCatalog.TableReadCapacity ? plan.PerStudent.LargestRead : plan.PerStudent.LargestWrite;
        var need = row.Quota.Kind == Classroom.Quotas.QuotaKind.PerResource ? $"one student's {largest.Name} needs" : $"{row.Students} students need";
        return $"{row.Quota.Name} ({row.Quota.Key}) in {where}: {need} " +
            $"{ClassPlanText.Number(row.Used)} {row.Quota.Unit}, the quota allows {ClassPlanText.Number(row.Available ?? 0)}; " +
            $"{row.StudentsThatFit} students fit.";
    }
}
