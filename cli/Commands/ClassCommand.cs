using System.CommandLine;
using Lab.Cli.Commands.Class;

namespace Lab.Cli.Commands;

/// <summary>`lab class`: a whole class — plan it against the accounts' quotas, prepare every student's stack, rehearse it locally.</summary>
public static class ClassCommand
{
    public static Command Create() => new("class",
        "A whole class: `plan` checks it against the accounts' quotas and prices it, `prepare` writes every student's stack file from a roster, " +
        "`local` rehearses it on one pair of local engines.")
    {
        ClassPlanCommand.Create(),
        ClassPrepareCommand.Create(),
        ClassLocalCommand.Create(),
    };
}
