using System.Text.Json;
using Lab.Classroom.Rehearsal;
using Lab.Scenarios;
using Spectre.Console;

namespace Lab.Cli;

/// <summary>Prints checks as the table `lab local` and `lab verify` show, and writes the --report JSON.</summary>
public static class CheckReport
{
    public static void Print(IReadOnlyList<CheckResult> checks, TimeSpan elapsed) => Print(checks.Select(c => (Student: (string?)null, Check: c)).ToList(), elapsed);

    /// <summary>`lab class local`'s table: `lab local`'s with the student each check is about.</summary>
    public static void Print(IReadOnlyList<StudentCheck> checks, TimeSpan elapsed) => Print(checks.Select(c => ((string?)c.Student, c.Check)).ToList(), elapsed);

    private static void Print(IReadOnlyList<(string? Student, CheckResult Check)> rows, TimeSpan elapsed)
    {
        // A log file or CI has no width of its own; 80 columns would fold every row.
        if (Console.IsOutputRedirected)
        {
            AnsiConsole.Profile.Width = 200;
            AnsiConsole.Profile.Capabilities.Ansi = false;
        }
        var withStudents = rows.Any(r => r.Student is not null);
        var table = new Table().Border(TableBorder.Rounded);
        if (withStudents) table.AddColumn("student");
        table.AddColumn("lab").AddColumn("check").AddColumn("expected").AddColumn("actual").AddColumn("pass");
        foreach (var (student, check) in rows)
        {
            string[] cells = [Markup.Escape(check.Lab), Markup.Escape(check.Check), Markup.Escape(check.Expected), Markup.Escape(check.Actual),
                check.Pass ? "[green]pass[/]" : "[red]FAIL[/]"];
            table.AddRow(withStudents ? [Markup.Escape(student ?? ""), .. cells] : cells);
        }
        AnsiConsole.Write(table);
        var failed = rows.Count(r => !r.Check.Pass);
        AnsiConsole.MarkupLine($"{rows.Count - failed} of {rows.Count} checks passed in {elapsed.TotalSeconds:F1} s" + (failed > 0 ? $"; [red]{failed} failed[/]" : "."));
    }

    public static Task WriteJsonAsync(IReadOnlyList<CheckResult> checks, string path) =>
        WriteRowsAsync(checks.Select(c => new { lab = c.Lab, check = c.Check, expected = c.Expected, actual = c.Actual, pass = c.Pass }), path);

    /// <summary>`lab class local --report`: `lab local`'s rows with a `student` field first.</summary>
    public static Task WriteJsonAsync(IReadOnlyList<StudentCheck> checks, string path) =>
        WriteRowsAsync(checks.Select(c => new { student = c.Student, lab = c.Check.Lab, check = c.Check.Check, expected = c.Check.Expected, actual = c.Check.Actual, pass = c.Check.Pass }), path);

    private static async Task WriteRowsAsync<T>(IEnumerable<T> rows, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(rows, new JsonSerializerOptions { WriteIndented = true }));
    }
}
