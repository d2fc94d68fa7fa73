namespace Lab.Workshop.Data;

/// <summary>Reads the workshop's header-less CSV files line by line; blank lines are skipped, every error names file and line.</summary>
public static class CsvFile
{
    public static IEnumerable<LogRecord> ReadLog(string path) => Read(path, LogRecord.Parse);

    public static IEnumerable<Employee> ReadEmployees(string path) => Read(path, Employee.Parse);

    /// <summary>Reads the whole file first, so a bad line stops the command before anything is written.</summary>
    public static IReadOnlyList<T> ReadAll<T>(string path, Func<string, IEnumerable<T>> reader) => reader(path).ToList();

    private static IEnumerable<T> Read<T>(string path, Func<IReadOnlyList<string>, string, long, T> parse)
    {
        if (!File.Exists(path))
            throw new WorkshopException($"{path}: file not found.");
        long number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            yield return parse(CsvLine.Split(line.TrimEnd('\r'), path, number), path, number);
        }
    }
}
