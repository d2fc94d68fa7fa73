using System.Globalization;
using System.Text.RegularExpressions;
using CsvHelper;
using Lab.Infra.Configuration;

namespace Lab.Classroom.Roster;

/// <summary>
/// The class roster: a CSV with a `student` column and optional `account` (12-digit AWS account ID) and `region`
/// columns. Every row is checked and every problem reported at once — student names by the stack's own rule and
/// message (LabConfig), duplicates naming both lines — so an instructor fixes the file in one go.
/// </summary>
public static partial class ClassRoster
{
    public static readonly string[] Columns = ["student", "account", "region"];

    public static IReadOnlyList<RosterEntry> Read(string path, Action<string>? warn = null)
    {
        if (!File.Exists(path)) throw new RosterException([$"{path}: the roster file does not exist."]);
        var problems = new List<string>();
        var entries = new List<RosterEntry>();
        try
        {
            // A spreadsheet's export may use ';' or tabs: the separator is detected. Bad quoting is an error, not a guess.
            using var csv = CsvReader.FromFile(path, new CsvReaderOptions
            {
                TrimWhitespace = true, TrackLineNumbers = true, SkipEmptyLines = true, MalformedData = CsvMalformedDataHandling.Throw,
            });
            var hasRecord = csv.Read();
            if (!hasRecord && csv.Headers.Count == 0)
                throw new RosterException([$"{path}: empty; expected a header line with a 'student' column (and optional 'account', 'region')."]);
            var header = csv.Headers.Select(h => h.Trim().ToLowerInvariant()).ToList();
            if (!header.Contains("student"))
                throw new RosterException([$"{path}:1: no 'student' column; the header has {string.Join(", ", header.Select(h => $"'{h}'"))}."]);
            foreach (var unused in header.Where(h => !Columns.Contains(h)))
                warn?.Invoke($"{path}:1: column '{unused}' is not used (the roster's columns are {string.Join(", ", Columns)}).");

            var seen = new Dictionary<string, long>();
            for (var more = hasRecord; more; more = csv.Read())
            {
                var line = csv.LineNumber;
                var student = Field(csv, header, "student");
                var account = Field(csv, header, "account");
                var region = Field(csv, header, "region");
                var rowProblems = new List<string>();
                if (StudentProblem(student) is { } bad) rowProblems.Add(bad);
                else if (seen.TryGetValue(student!, out var first)) rowProblems.Add($"student '{student}' is already on line {first}; every student needs a name of their own.");
                if (account is not null && !AccountPattern().IsMatch(account))
                    rowProblems.Add($"account '{account}' is not an AWS account ID (12 digits).");
                if (region is not null && !IsRegion(region))
                    rowProblems.Add($"region '{region}' is not an AWS Region name (such as us-east-1).");
                if (rowProblems.Count > 0)
                {
                    problems.AddRange(rowProblems.Select(p => $"{path}:{line}: {p}"));
                    continue;
                }
                seen[student!] = line;
                entries.Add(new RosterEntry((int)line, student!, account, region));
            }
        }
        catch (CsvFormatException error)
        {
            problems.Add($"{path}:{error.LineNumber}: not valid CSV ({error.Message.Split('\n')[0].Trim()}).");
        }
        if (problems.Count == 0 && entries.Count == 0) problems.Add($"{path}: no students; add one row per student under the header.");
        if (problems.Count > 0) throw new RosterException(problems);
        return entries;
    }

    /// <summary>The stack's own verdict on a student name (LabConfig's rule and message), or null when it may be used.</summary>
    public static string? StudentProblem(string? student)
    {
        if (string.IsNullOrEmpty(student)) return "no student name; every row needs one.";
        try
        {
            LabConfig.Read(key => key == "student" ? student : null, student);
            return null;
        }
        catch (LabConfigException error)
        {
            return error.Message;
        }
    }

    private static string? Field(CsvReader csv, List<string> header, string column)
    {
        var index = header.IndexOf(column);
        if (index < 0 || index >= csv.FieldCount) return null;
        var value = csv.GetString(index).Trim();
        return value.Length == 0 ? null : value;
    }

    public static bool IsRegion(string region) => RegionPattern().IsMatch(region);

    [GeneratedRegex("^[0-9]{12}$")]
    private static partial Regex AccountPattern();

    // Region names: us-east-1, eu-central-2, us-gov-west-1, ap-southeast-5 ...
    [GeneratedRegex("^[a-z]{2}(-[a-z]+)+-[0-9]+$")]
    private static partial Regex RegionPattern();
}
