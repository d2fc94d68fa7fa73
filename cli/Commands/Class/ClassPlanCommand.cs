using System.CommandLine;
using Lab.Classroom.Planning;
using Lab.Classroom.Quotas;
using Lab.Classroom.Roster;
using Lab.Classroom.Usage;
using Lab.Engines;
using Lab.Infra.Configuration;

namespace Lab.Cli.Commands.Class;

/// <summary>`lab class plan`: whether a class fits its accounts' quotas, what would make it fit, and what it costs.</summary>
public static class ClassPlanCommand
{
    public static Command Create()
    {
        var students = new Option<int?>("--students") { Description = "How many students (named student01, student02 ...). Give this or --roster." };
        var roster = new Option<FileInfo?>("--roster") { Description = "The class roster: CSV with a 'student' column, optional 'account' and 'region'. Give this or --students." };
        var accounts = new Option<int?>("--accounts") { Description = "Spread the students over this many accounts (not with a roster that names accounts). Default 1." };
        var stack = ClassOptions.Stack();
        var region = new Option<string?>("--region") { Description = "The Region the class deploys to (quotas differ by Region). Default: the stack's aws:region." };
        var quota = ClassOptions.Quota();
        var hours = new Option<double?>("--hours") { Description = "Also print what the class costs over this many hours." };
        var json = new Option<bool>("--json") { Description = "Print the whole answer as one JSON object instead of the report." };
        var command = new Command("plan",
            "Check a class against the AWS default quotas of its accounts: per-student usage from the stack program (roles, tables, provisioned RCU/WCU, " +
            "shards, reserved concurrency, rules, log groups, queues, dashboards, code storage), the binding quota, the most students that fit, and what " +
            "would make it fit (the largest capacityScale, the quota increases, the number of accounts); the cost per hour. " +
            "Exit 0 when the class fits, 1 when it does not, 2 for usage errors.")
        {
            students, roster, accounts, stack, region, quota, hours, json,
        };
        command.SetAction(async parse =>
        {
            var root = RepoPaths.Root;
            var stackName = parse.GetValue(stack)!;
            var config = StackConfigArgument.Load(root, stackName);
            var quotas = QuotaArguments.Parse(parse.GetValue(quota) ?? []);
            if (parse.GetValue(hours) is { } given && !(given > 0)) throw new UsageException($"--hours {given}: expected a number of hours greater than 0.");
            var classRegion = ClassOptions.CheckRegion(ClassPlanning.Region(config, parse.GetValue(region)));
            var classStack = new ClassStack(root, config, PublishedFunctions.Ensure(root));
            IReadOnlyList<Seat> seats;
            switch (parse.GetValue(students), parse.GetValue(roster))
            {
                case ({ } count, null):
                    seats = ClassSeats.FromCount(count, parse.GetValue(accounts), classRegion);
                    break;
                case (null, { } file):
                    var entries = ClassOptions.ReadRoster(file);
                    seats = ClassSeats.FromRoster(entries, parse.GetValue(accounts), classRegion);
                    await ClassPlanning.CheckNamesAsync(classStack, entries, file.FullName);
                    break;
                default:
                    throw new UsageException("give either --students N or --roster FILE.");
            }

            var plan = await ClassPlanning.PlanAsync(classStack, seats, quotas, parse.GetValue(hours) ?? 0);
            var labs = LabConfig.Read(key => config.GetValueOrDefault(key), stackName).Labs;
            if (parse.GetValue(json)) Console.WriteLine(ClassPlanJson.Serialize(plan, stackName, labs));
            else ClassPlanText.Write(Console.Out, plan, stackName, labs);
            if (!plan.Fits) Console.Error.WriteLine($"lab class plan: the class does not fit: {ClassPlanning.WhyNotFitting(plan)}");
            return plan.Fits ? 0 : 1;
        });
        return command;
    }
}
