using System.Text.Json;
using Lab.Testing;
using Lab.Workshop.Data;
using Lab.Workshop.Exercises;
using Lab.Workshop.Output;

namespace Lab.Workshop.Tests;

public sealed class GeneratorAndOutputTests
{
    private static string Dir() => Path.Combine(Path.GetTempPath(), "lab-workshop-tests", UniqueNames.Next("gen"));

    [Fact]
    public void The_same_seed_gives_the_same_bytes_and_another_seed_does_not()
    {
        var a = new DataGenerator(42).Write(Dir(), 50, 30);
        var b = new DataGenerator(42).Write(Dir(), 50, 30);
        var c = new DataGenerator(43).Write(Dir(), 50, 30);
        Assert.Equal(File.ReadAllBytes(a.LogFile1), File.ReadAllBytes(b.LogFile1));
        Assert.Equal(File.ReadAllBytes(a.Employees), File.ReadAllBytes(b.Employees));
        Assert.NotEqual(File.ReadAllBytes(a.LogFile1), File.ReadAllBytes(c.LogFile1));
    }

    [Fact]
    public void Generated_files_have_the_workshops_columns_and_read_back_with_an_independent_parser()
    {
        var files = new DataGenerator(1).Write(Dir(), 200, 100);
        var log = ExpectedRows.Log(files.LogFile1, files.LogFile2);
        Assert.Equal(400, log.Count);
        Assert.Equal(Enumerable.Range(1, 400).Select(i => (long)i), log.Select(r => r.RequestId));
        Assert.Equal(CsvFile.ReadLog(files.LogFile1).Concat(CsvFile.ReadLog(files.LogFile2)).Select(r => (r.RequestId, r.Date, r.ResponseCode, r.BytesSent)),
            log.Select(r => (r.RequestId, r.Date, r.Code, r.Bytes)));
        Assert.Contains(log, r => r.Code == 404);
        Assert.All(File.ReadLines(files.Employees), line => Assert.False(line.StartsWith("employeeid")));
        var employees = ExpectedRows.Employees(files.Employees);
        Assert.Equal(100, employees.Count);
        Assert.Contains(employees, e => e.Manager);
        Assert.Contains(employees, e => !e.Manager);
    }

    [Fact]
    public void Json_mode_prints_one_object_and_no_progress_lines()
    {
        var writer = new StringWriter();
        var console = new WorkshopConsole(writer, json: true, interactive: true);
        var result = GenerateExercise.Run(console, Dir(), 10, 5, 3);
        console.Result(result);
        using var document = JsonDocument.Parse(writer.ToString());
        Assert.Equal(10, document.RootElement.GetProperty("rowsPerLogFile").GetInt32());
        Assert.Equal(3, document.RootElement.GetProperty("files").GetArrayLength());
    }

    [Fact]
    public void Text_mode_prints_the_seeds_lines_and_no_json()
    {
        var writer = new StringWriter();
        var console = new WorkshopConsole(writer, json: false, interactive: false);
        GenerateExercise.Run(console, Dir(), 10, 5, 3);
        console.Result(new { ignored = true });
        Assert.DoesNotContain("{", writer.ToString());
        Assert.Contains("wrote ", writer.ToString());
    }

    [Fact]
    public void Derived_request_ids_are_unique_and_keep_the_shard()
    {
        var stride = ParallelLoadExercise.StrideFor(2000);
        Assert.Equal(10_000, stride);
        var ids = from copy in Enumerable.Range(0, 250) from file in Enumerable.Range(0, 2) from id in new long[] { 1, 7, 2000 }
                  select (id, derived: ParallelLoadExercise.DerivedId(id, copy, file, 2, stride));
        var list = ids.ToList();
        Assert.Equal(list.Count, list.Select(x => x.derived).Distinct().Count());
        Assert.All(list, x => Assert.Equal(LogItem.ShardOf(x.id), LogItem.ShardOf(x.derived)));
    }

    [Fact]
    public void Backoff_is_jittered_within_a_growing_capped_bound()
    {
        var backoff = new Backoff(TimeSpan.FromMilliseconds(50), TimeSpan.FromSeconds(1), 10);
        Assert.Equal(TimeSpan.FromMilliseconds(50), backoff.UpperBound(0));
        Assert.Equal(TimeSpan.FromMilliseconds(400), backoff.UpperBound(3));
        Assert.Equal(TimeSpan.FromSeconds(1), backoff.UpperBound(9));
        var delays = Enumerable.Range(0, 200).Select(_ => backoff.Delay(3)).ToList();
        Assert.All(delays, d => Assert.InRange(d, TimeSpan.Zero, TimeSpan.FromMilliseconds(400)));
        Assert.True(delays.Distinct().Count() > 100, "delays must be jittered, not fixed");
    }
}
