using System.Text.Json;
using Lab.Scenarios;
using Spectre.Console;

namespace Lab.Cli;

/// <summary>Prints checks as the table `lab local` and `lab verify` show, and writes the --report JSON.</summary>
public static class CheckReport
{
    public static void Print(IReadOnlyList<CheckResult> checks, TimeSpan elapsed)
    {
        // A log file or CI has no width of its own; 80 columns would fold every row.
        if (Console.IsOutputRedirected)
        {
            AnsiConsole.Profile.Width = 200;
            AnsiConsole.Profile.Capabilities.Ansi = false;
        }
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("lab").AddColumn("check").AddColumn("expected").AddColumn("actual").AddColumn("pass");
        foreach (var check in checks)
        {
            table.AddRow(
                Markup.Escape(check.Lab), Markup.Escape(check.Check), Markup.Escape(check.Expected), Markup.Escape(check.Actual),
                check.Pass ? "[green]pass[/]" : "[red]FAIL[/]");
        }
        AnsiConsole.Write(table);
        var failed = checks.Count(c => !c.Pass);
        AnsiConsole.MarkupLine($"{checks.Count - failed} of {checks.Count} checks passed in {elapsed.TotalSeconds:F1} s" + (failed > 0 ? $"; [red]{failed} failed[/]" : "."));
    }

    public static async Task WriteJsonAsync(IReadOnlyList<CheckResult> checks, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var rows = checks.Select(c => new { lab = c.Lab, check = c.Check, expected = c.Expected, actual = c.Actual, pass = c.Pass });
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(rows, new JsonSerializerOptions { WriteIndented = true }));
    }
}
