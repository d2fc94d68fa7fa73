using System.CommandLine;
using Lab.Cli;
using Lab.Cli.Commands;
using Lab.Local;

// The product's face: every capability is a verb here. Verbs, flags, JSON outputs and exit codes
// are contracts (README, "The lab command").
var root = new RootCommand("DynamoDB Labs: per-student AWS lab environments (Pulumi, C#), run locally or against AWS.");
root.Subcommands.Add(PlanCommand.Create());
root.Subcommands.Add(ReviewCommand.Create());
root.Subcommands.Add(LocalCommand.Create());
root.Subcommands.Add(InvokeCommand.Create());
root.Subcommands.Add(VerifyCommand.Create());
root.Subcommands.Add(WorkshopCommand.Create(new StackTableDeclarations("dev")));
root.Subcommands.Add(ClassCommand.Create());
return await CommandLineRunner.RunAsync(root, args);
