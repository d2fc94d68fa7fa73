using Lab.Workshop.Data;
using Lab.Workshop.Output;

namespace Lab.Workshop.Exercises;

public sealed record GenerateResult(string Directory, int Seed, int RowsPerLogFile, int Employees, IReadOnlyList<string> Files);

/// <summary>Writes the deterministic stand-ins for the workshop's data files.</summary>
public static class GenerateExercise
{
    public static GenerateResult Run(WorkshopConsole console, string directory, int rows, int employees, int seed)
    {
        if (rows < 1) throw new WorkshopArgumentException($"--rows is {rows}; expected 1 or more.");
        if (employees < 1) throw new WorkshopArgumentException($"--employees is {employees}; expected 1 or more.");
        var files = new DataGenerator(seed).Write(directory, rows, employees);
        string[] written = [files.LogFile1, files.LogFile2, files.Employees];
        foreach (var file in written) console.Line($"wrote {file}");
        return new GenerateResult(directory, seed, rows, employees, written);
    }
}
