using System.CommandLine;
using Lab.Classroom.Planning;
using Lab.Classroom.Prepare;
using Lab.Classroom.Usage;
using Lab.Engines;
using Lab.Infra.Planning;

namespace Lab.Cli.Commands.Class;

/// <summary>`lab class prepare`: every student's stack file from the roster, once the roster is valid and the class fits.</summary>
public static class ClassPrepareCommand
{
    public static Command Create()
    {
        var roster = new Option<FileInfo>("--roster") { Description = "The class roster: CSV with a 'student' column, optional 'account' and 'region'.", Required = true };
        var output = new Option<DirectoryInfo?>("--out") { Description = "Where to write Pulumi.<student>.yaml. Default: the project folder (beside Pulumi.yaml), where `pulumi` reads them." };
        var stack = ClassOptions.Stack();
        var quota = ClassOptions.Quota();
        var role = new Option<string>("--role")
        {
            Description = "For students with an account: the role to assume there (aws:assumeRoles roleArn arn:aws:iam::<account>:role/<role>).",
            DefaultValueFactory = _ => StudentStackFile.DefaultRole,
        };
        var force = new Option<bool>("--force") { Description = "Overwrite stack files that already exist." };
        var command = new Command("prepare",
            "Write one Pulumi.<student>.yaml per roster row: the class's config (labs, class-wide settings) with the student's name and Region, and " +
            "for a student in another account the AWS provider's assume-role configuration (aws:assumeRoles). Refuses duplicate or invalid names, " +
            "a roster that does not fit its accounts' quotas (as `lab class plan`), and existing files without --force; prints the commands " +
            "that bring the class up and down. Exit 0 written, 1 the class does not fit, 2 usage errors.")
        {
            roster, output, stack, quota, role, force,
        };
        command.SetAction(async parse =>
        {
            var root = RepoPaths.Root;
            var stackName = parse.GetValue(stack)!;
            var config = StackConfigArgument.Load(root, stackName);
            var quotas = QuotaArguments.Parse(parse.GetValue(quota) ?? []);
            var roleName = parse.GetValue(role)!;
            if (!System.Text.RegularExpressions.Regex.IsMatch(roleName, @"^[\w+=,.@-]{1,64}$"))
                throw new UsageException($"--role '{roleName}': an IAM role name is 1-64 letters, digits and +=,.@_- characters.");
            var entries = ClassOptions.ReadRoster(parse.GetValue(roster)!);
            var folder = parse.GetValue(output)?.FullName ?? root;
            var region = ClassOptions.CheckRegion(ClassPlanning.Region(config, null));
            var targets = entries.Select(e => (Entry: e, Path: Path.Combine(folder, StudentStackFile.FileName(e.Student)))).ToList();
            var existing = targets.Where(t => File.Exists(t.Path)).Select(t => t.Path).ToList();
            if (existing.Count > 0 && !parse.GetValue(force))
                throw new UsageException($"{existing.Count} stack file(s) already exist, e.g. {existing[0]}; nothing was written. Use --force to overwrite them.");
            foreach (var target in targets) OutputPaths.EnsureWritable(new FileInfo(target.Path), "--out");

            var classStack = new ClassStack(root, config, PublishedFunctions.Ensure(root));
            await ClassPlanning.CheckNamesAsync(classStack, entries, parse.GetValue(roster)!.FullName);
            var plan = await ClassPlanning.PlanAsync(classStack, ClassSeats.FromRoster(entries, null, region), quotas, 0);
            if (!plan.Fits)
            {
                Console.Error.WriteLine($"lab class prepare: the class does not fit: {ClassPlanning.WhyNotFitting(plan)} Nothing was written; `lab class plan --roster` says what would make it fit.");
                return 1;
            }

            var classFile = StackConfigFile.PathFor(root, stackName);
            foreach (var (entry, path) in targets) await File.WriteAllTextAsync(path, StudentStackFile.Render(classFile, entry, region, roleName));
            Console.WriteLine($"Wrote {targets.Count} stack files to {folder} (from {Path.GetFileName(classFile)}).");
            if (!string.Equals(Path.GetFullPath(folder).TrimEnd('/'), root.TrimEnd('/'), StringComparison.Ordinal))
                Console.WriteLine($"Pulumi reads Pulumi.<stack>.yaml beside Pulumi.yaml: copy them to {root} before the commands below.");
            WriteCommands(Console.Out, root, entries.Select(e => (e.Student, e.Account)).ToList());
            return 0;
        });
        return command;
    }

    private static void WriteCommands(TextWriter output, string root, IReadOnlyList<(string Student, string? Account)> students)
    {
        output.WriteLine();
        output.WriteLine($"Bring the class up (in {root}; a student with an account deploys with the role it names):");
        foreach (var (student, _) in students)
            output.WriteLine($"  pulumi stack init {student} && pulumi up --stack {student} --policy-pack policy --yes");
        output.WriteLine("Hand each student their outputs, and check each lab works:");
        foreach (var (student, account) in students)
            output.WriteLine($"  pulumi stack output --stack {student} --json > {student}.json && ./lab verify --outputs {student}.json" +
                (account is null ? "" : $"   # with credentials for account {account}"));
        output.WriteLine("Take the class down:");
        foreach (var (student, _) in students)
            output.WriteLine($"  pulumi destroy --stack {student} --yes && pulumi stack rm {student} --yes");
    }
}
