using System.CommandLine;
using Lab.Cli;
using Lab.Cli.Commands;

// The product's face: every capability is a verb here. Verbs, flags, JSON outputs and exit codes
// are contracts (README, "The lab command").
var root = new RootCommand("DynamoDB Labs: per-student AWS lab environments (Pulumi, C#), run locally or against AWS.");
root.Subcommands.Add(PlanCommand.Create());
root.Subcommands.Add(ReviewCommand.Create());
return await CommandLineRunner.RunAsync(root, args);
