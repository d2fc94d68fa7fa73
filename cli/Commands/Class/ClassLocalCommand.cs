using System.CommandLine;
using System.Diagnostics;
using Lab.Classroom.Rehearsal;
using Lab.Engines;

namespace Lab.Cli.Commands.Class;

/// <summary>`lab class local`: the class rehearsed on one pair of local engines; exit 0 only if every check passes.</summary>
public static class ClassLocalCommand
{
    public const int MaxStudents = 100;

    public static Command Create()
    {
        var students = new Option<int>("--students") { Description = $"How many students (student01 ...), 1 to {MaxStudents}.", Required = true };
        var labs = LocalCommand.LabOption();
        var report = new Option<FileInfo?>("--report") { Description = "Also write the checks as JSON: [{student, lab, check, expected, actual, pass}]." };
        var stack = ClassOptions.Stack();
        var command = new Command("local",
            "Rehearse the class with no AWS account: every student's stack deployed into one DynamoDB Local and kinesalite (as students share an " +
            "account), every selected lab's scenario run for every student at the same time, then isolation checks (no physical name shared, no " +
            "reference to another student's resources, no item of one student's run in another's tables). Prints student | lab | check | expected | actual | pass.")
        {
            students, labs, report, stack,
        };
        command.SetAction(async (parse, ct) =>
        {
            var count = parse.GetValue(students);
            if (count is < 1 or > MaxStudents) throw new UsageException($"--students {count}: expected a whole number from 1 to {MaxStudents}.");
            var root = RepoPaths.Root;
            var config = StackConfigArgument.Load(root, parse.GetValue(stack)!);
            var reportPath = parse.GetValue(report) is { } reportFile ? OutputPaths.EnsureWritable(reportFile, "--report") : null;
            var selected = LocalCommand.SelectedLabs(parse.GetValue(labs) ?? [], config);

            var watch = Stopwatch.StartNew();
            var result = await ClassRehearsal.RunAsync(config, selected, ClassRehearsal.StudentNames(count), PublishedFunctions.Ensure(root), index => ClassScenarios.For(index, count),
                message => Console.Error.WriteLine($"[{watch.Elapsed:mm\\:ss}] {message}"), ct);
            CheckReport.Print(result.Checks, watch.Elapsed);
            Console.WriteLine($"{count} student{(count == 1 ? "" : "s")}, labs {string.Join(", ", selected)}: deployed in {result.Deployed.TotalSeconds:F1} s; " +
                "per student: " + string.Join(", ", result.Timings.OrderBy(t => t.Key, StringComparer.Ordinal)
                    .Select(t => $"{t.Key} {t.Value.Sum(l => l.Elapsed.TotalSeconds):F1} s")) +
                $"; whole run {watch.Elapsed.TotalSeconds:F1} s.");
            if (reportPath is not null) await CheckReport.WriteJsonAsync(result.Checks, reportPath);
            return result.Passed ? 0 : 1;
        });
        return command;
    }
}
