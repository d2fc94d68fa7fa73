using System.CommandLine;
using Lab.Local;

namespace Lab.Cli;

/// <summary>
/// Parses and runs a verb: wrong arguments print what is wrong and exit 2; any other error prints one line and exits 1
/// (the stack trace only with LAB_DEBUG=1, for those debugging `lab` itself).
/// </summary>
public static class CommandLineRunner
{
    public const int UsageError = 2;
    public const int Failure = 1;
    public const string DebugVariable = "LAB_DEBUG";

    public static async Task<int> RunAsync(RootCommand root, string[] args)
    {
        var parsed = root.Parse(args);
        var verb = parsed.CommandResult.Command == root ? "" : $" {parsed.CommandResult.Command.Name}";
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) Console.Error.WriteLine($"lab: {error.Message}");
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
        catch (Exception e) when (Environment.GetEnvironmentVariable(DebugVariable) is not ("1" or "true"))
        {
            Console.Error.WriteLine($"lab{verb}: {ErrorLine.Of(e)}");
            return Failure;
        }
    }
}
