using Lab.Testing;
using Lab.Workshop.Data;
using Lab.Workshop.Exercises;
using Lab.Workshop.Output;
using Lab.Workshop.Target;

namespace Lab.Workshop.Tests;

/// <summary>
/// A fresh set of designPatterns tables (through `setup`, i.e. the provisioner) plus generated data,
/// and the answers computed straight from the generated CSV — never from DynamoDB.
/// </summary>
internal sealed class WorkshopWorld
{
    public const int RowsPerFile = 240;
    public const int Employees = 150;
    public const int Copies = 3;

    public required WorkshopTarget Target { get; init; }
    public required DataGenerator.Files Files { get; init; }
    public required string Directory { get; init; }
    public required IReadOnlyList<LogRecord> File1 { get; init; }
    public required IReadOnlyList<LogRecord> AllLogRows { get; init; }
    public required IReadOnlyList<Employee> EmployeeRows { get; init; }

    public static WorkshopConsole Quiet => new(TextWriter.Null, json: false, interactive: false);

    public static readonly string[] LogTables = ["tlog", "tlog_scan"];
    public static readonly string[] EmployeeTables = ["employees"];

    public static async Task<WorkshopWorld> CreateAsync(DynamoDbLocalFixture engine, string[] tables, int employees = Employees, int seed = 7)
    {
        var directory = Path.Combine(Path.GetTempPath(), "lab-workshop-tests", UniqueNames.Next("world"));
        var files = new DataGenerator(seed).Write(directory, RowsPerFile, employees);
        var outputs = Path.Combine(directory, "outputs.json");
        await SetupExercise.RunAsync(new DesignPatternsDeclarations(engine.UniqueName, tables), engine.Endpoint, "test", DynamoDbLocalFixture.Region, outputs, Quiet);
        var file1 = CsvFile.ReadLog(files.LogFile1).ToList();
        return new WorkshopWorld
        {
            Target = new WorkshopTarget(WorkshopOutputs.Read(outputs), engine.Endpoint),
            Files = files,
            Directory = directory,
            File1 = file1,
            AllLogRows = file1.Concat(CsvFile.ReadLog(files.LogFile2)).ToList(),
            EmployeeRows = CsvFile.ReadEmployees(files.Employees).ToList(),
        };
    }
}
