using System.Globalization;

namespace Lab.Workshop.Data;

/// <summary>
/// Deterministic stand-ins for the workshop's data files (not in the seeds): same columns, same
/// shapes (a skewed response-code mix, quoted URLs and user agents with commas, ~8 % managers).
/// The same seed always gives the same bytes.
/// </summary>
public sealed class DataGenerator(int seed)
{
    public const string LogFile1 = "logfile_medium1.csv";
    public const string LogFile2 = "logfile_medium2.csv";
    public const string EmployeesFile = "employees.csv";

    private static readonly string[] Hosts = ["66.249.67.3", "72.14.194.1", "85.137.49.58", "10.0.0.12", "192.168.1.7", "203.0.113.9", "198.51.100.23", "66.249.65.12"];
    private static readonly string[] Dates = ["2017-07-20", "2017-07-21", "2017-07-22"];
    private static readonly string[] Methods = ["GET", "GET", "GET", "POST", "HEAD"];
    private static readonly string[] Urls =
    [
        "/gallery/main.php?g2_controller=exif.SwitchDetailMode&g2_mode=detailed", "/gwidgets/blackjack.html",
        "/gadgets/adpowers/AlexaRank/ALL_ALL.xml", "/index.html", "/search?q=a,b", "/robots.txt", "/img/logo.png",
    ];
    private static readonly (int Code, int Weight)[] Codes = [(200, 70), (302, 8), (304, 8), (404, 10), (500, 4)];
    private static readonly string[] Agents =
    [
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", "Java/1.6.0_13",
        "Mozilla/5.0 (compatible) Feedfetcher-Google; (+http://www.google.com/feedfetcher.html)", "curl/7.29.0",
        "Mozilla/5.0 (X11; Linux x86_64) \"quoted\", with comma",
    ];
    private static readonly string[] FirstNames = ["Onfroi", "Lusa", "Jermain", "Wendi", "Dale", "Alice", "Bree", "Otto", "Cash", "Verina", "Diego", "Paulie"];
    private static readonly string[] LastNames = ["Greeno", "Seeler", "Lory", "Bricknell", "Marlin", "Beilby", "Gershom", "Penketh", "Bollum", "Ivanyu", "Pietrzyk", "Imloch"];
    private static readonly string[] Titles = ["Systems Administrator", "Software Engineer", "Network Architect", "Programmer Analyst", "IT Support Manager", "Web Developer", "Database Administrator"];
    private static readonly string[] Depts = ["Development", "Operation", "Support"];
    private static readonly (string City, string State)[] Places =
    [
        ("Portland", "OR"), ("Seattle", "WA"), ("Spokane", "WA"), ("Austin", "TX"), ("Dallas", "TX"), ("San Antonio", "TX"),
        ("San Jose", "CA"), ("San Diego", "CA"), ("Chicago", "IL"), ("Indianapolis", "IN"),
    ];

    public sealed record Files(string LogFile1, string LogFile2, string Employees);

    /// <summary>Writes two log files of <paramref name="rowsPerFile"/> rows (request ids continue across them) and the employees file.</summary>
    public Files Write(string directory, int rowsPerFile, int employees)
    {
        Directory.CreateDirectory(directory);
        var random = new Random(seed);
        var files = new Files(Path.Combine(directory, LogFile1), Path.Combine(directory, LogFile2), Path.Combine(directory, EmployeesFile));
        File.WriteAllLines(files.LogFile1, Enumerable.Range(1, rowsPerFile).Select(id => LogRow(random, id).ToCsv()));
        File.WriteAllLines(files.LogFile2, Enumerable.Range(rowsPerFile + 1, rowsPerFile).Select(id => LogRow(random, id).ToCsv()));
        File.WriteAllLines(files.Employees, Enumerable.Range(1, employees).Select(id => EmployeeRow(random, id).ToCsv()));
        return files;
    }

    private static LogRecord LogRow(Random r, int id) => new(
        id, Pick(r, Hosts), Pick(r, Dates), r.Next(24), "GMT-0700", Pick(r, Methods), Pick(r, Urls),
        WeightedCode(r), r.Next(0, 5000), Pick(r, Agents));

    private static Employee EmployeeRow(Random r, int id)
    {
        var (city, state) = Pick(r, Places);
        var hire = new DateOnly(2013, 1, 1).AddDays(r.Next(1800));
        return new Employee(
            id, $"{Pick(r, FirstNames)} {Pick(r, LastNames)}", Pick(r, Titles), Pick(r, Depts), city, state,
            Iso(new DateOnly(1960, 1, 1).AddDays(r.Next(14000))), Iso(hire), Pick(r, Titles), Iso(hire.AddDays(-r.Next(1, 400))),
            r.Next(100) < 8);
    }

    private static int WeightedCode(Random r)
    {
        var roll = r.Next(Codes.Sum(c => c.Weight));
        foreach (var (code, weight) in Codes)
        {
            if (roll < weight) return code;
            roll -= weight;
        }
        throw new InvalidOperationException("weights exhausted");
    }

    private static T Pick<T>(Random r, T[] items) => items[r.Next(items.Length)];

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
