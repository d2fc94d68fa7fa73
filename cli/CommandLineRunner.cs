using System.CommandLine;

namespace Lab.Cli;

/// <summary>Parses and runs a verb; wrong arguments print what is wrong and exit 2.</summary>
public static class CommandLineRunner
{
    public const int UsageError = 2;

    public static async Task<int> RunAsync(RootCommand root, string[] args)
    {
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) Console.Error.WriteLine($"lab: {error.Message}");
            var verb = parsed.CommandResult.Command == root ? "" : $" {parsed.CommandResult.Command.Name}";
            Console.Error.WriteLine($"Run 'lab{verb} --help' for usage.");
            return UsageError;
        }
        try
        {
            // Our own handler below maps a UsageException to exit 2; the default one would print a stack trace and exit 1.
            return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine($"lab: {e.Message}");
            return UsageError;
        }
    }
}
