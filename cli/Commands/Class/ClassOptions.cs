using System.CommandLine;
using Lab.Classroom.Quotas;
using Lab.Classroom.Roster;

namespace Lab.Cli.Commands.Class;

/// <summary>The options the class verbs share, described once.</summary>
public static class ClassOptions
{
    public static Option<string> Stack() => new("--stack")
    {
        Description = "The class's stack config: reads Pulumi.<stack>.yaml (labs, capacityScale and every class-wide setting).",
        DefaultValueFactory = _ => "dev",
    };

    public static Option<string[]> Quota() => new("--quota")
    {
        Description = $"Override a default quota (repeatable), for accounts whose quotas were raised: KEY=VALUE. Keys: {string.Join(", ", QuotaCatalog.Keys)}.",
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>The roster, or a usage error (exit 2) naming every bad row; unused columns are warned about.</summary>
    public static IReadOnlyList<RosterEntry> ReadRoster(FileInfo file)
    {
        try
        {
            return ClassRoster.Read(file.FullName, warning => Console.Error.WriteLine($"lab: warning: {warning}"));
        }
        catch (RosterException error)
        {
            throw new UsageException(string.Join(Environment.NewLine + "lab: ", error.Problems));
        }
    }

    public static string CheckRegion(string region) =>
        ClassRoster.IsRegion(region) ? region : throw new UsageException($"region '{region}' is not an AWS Region name (such as us-east-1).");
}
