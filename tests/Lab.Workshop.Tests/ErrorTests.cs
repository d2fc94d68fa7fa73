using Lab.Testing;
using Lab.Workshop.Data;
using Lab.Workshop.Exercises;
using Lab.Workshop.Target;

namespace Lab.Workshop.Tests;

[Collection("dynamodb-local")]
public sealed class ErrorTests(DynamoDbLocalFixture engine)
{
    private static string TempFile(string name, params string[] lines)
    {
        var directory = Path.Combine(Path.GetTempPath(), "lab-workshop-tests", UniqueNames.Next("errors"));
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name);
        File.WriteAllLines(path, lines);
        return path;
    }

    private const string GoodLogLine = "1,66.249.67.3,2017-07-20,20,GMT-0700,GET,\"/a?b=1,2\",302,5,\"Mozilla/5.0 (compatible; Googlebot/2.1)\"";

    [Theory]
    [InlineData("2,66.249.67.3,2017-07-20,20,GMT-0700,GET,/x,200,5", "9 fields; expected 10")]
    [InlineData("2,66.249.67.3,2017-07-20,20,GMT-0700,GET,/x,OK,5,agent", "responsecode is \"OK\"; expected a whole number")]
    [InlineData("2,66.249.67.3,2017-07-20,20,GMT-0700,GET,\"/x,200,5,agent", "quoted field (field 7) is not closed")]
    public void Malformed_log_line_names_file_line_and_what_was_expected(string badLine, string expected)
    {
        var path = TempFile("log.csv", GoodLogLine, badLine);
        var e = Assert.Throws<WorkshopException>(() => CsvFile.ReadLog(path).ToList());
        Assert.Contains($"{path}:2:", e.Message);
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void Good_log_line_with_quoted_commas_parses()
    {
        var record = Assert.Single(CsvFile.ReadLog(TempFile("log.csv", GoodLogLine)));
        Assert.Equal("/a?b=1,2", record.Url);
        Assert.Equal(302, record.ResponseCode);
        Assert.Equal(5, record.BytesSent);
    }

    [Theory]
    [InlineData("5,Ann Lee,Dev,Development,Austin,TX,1990-01-01,2015-01-01,Intern", "9 fields; expected 10 or 11")]
    [InlineData("5,Ann Lee,Dev,Development,Austin,TX,1990-01-01,2015-01-01,Intern,2014-12-31,yes", "is_manager is \"yes\"")]
    [InlineData("x5,Ann Lee,Dev,Development,Austin,TX,1990-01-01,2015-01-01,Intern,2014-12-31", "employeeid is \"x5\"")]
    public void Malformed_employee_line_names_file_line_and_what_was_expected(string badLine, string expected)
    {
        var path = TempFile("employees.csv", "1, Onfroi Greeno, Systems Administrator, Operation, Portland, OR, 1992-03-31, 2014-10-24, Application Support Analyst, 2014-04-12", "", badLine);
        var e = Assert.Throws<WorkshopException>(() => CsvFile.ReadEmployees(path).ToList());
        Assert.Contains($"{path}:3:", e.Message);
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void The_workshops_sample_employee_line_with_spaces_parses()
    {
        var path = TempFile("employees.csv", "1000, Nanine Denacamp, Programmer Analyst, Development, San Francisco, CA, 1981-09-30, 2014-06-01, Senior Database Administrator, 2014-01-25, 1");
        var employee = Assert.Single(CsvFile.ReadEmployees(path));
        Assert.Equal("San Francisco:Development", employee.CityDept);
        Assert.True(employee.IsManager);
    }

    [Fact]
    public async Task A_malformed_file_loads_nothing()
    {
        var w = await WorkshopWorld.CreateAsync(engine, ["tlog"]);
        var path = TempFile("log.csv", GoodLogLine, "broken");
        await Assert.ThrowsAsync<WorkshopException>(() => LoadLogFileExercise.RunAsync(w.Target, WorkshopWorld.Quiet, "tlog", path));
        using var client = engine.CreateClient();
        var count = (await client.ScanAsync(new Amazon.DynamoDBv2.Model.ScanRequest(w.Target.Outputs.TableName("tlog")) { Select = Amazon.DynamoDBv2.Select.COUNT })).Count;
        Assert.Equal(0, count);
    }

    [Fact]
    public async Task A_missing_table_is_named()
    {
        var missing = engine.UniqueName("tlog-missing");
        var target = new WorkshopTarget(new WorkshopOutputs("test", DynamoDbLocalFixture.Region,
            new Dictionary<string, Lab.Local.ProvisionedTable> { ["tlog"] = new(missing, $"arn:aws:dynamodb:us-east-1:000000000000:table/{missing}", null) }), engine.Endpoint);
        var path = TempFile("log.csv", GoodLogLine);
        var e = await Assert.ThrowsAsync<WorkshopException>(() => LoadLogFileExercise.RunAsync(target, WorkshopWorld.Quiet, "tlog", path));
        Assert.Contains($"table '{missing}' ('tlog' in the outputs) does not exist", e.Message);
    }

    [Fact]
    public async Task A_table_key_the_outputs_lack_is_named()
    {
        var target = new WorkshopTarget(new WorkshopOutputs("test", DynamoDbLocalFixture.Region, new Dictionary<string, Lab.Local.ProvisionedTable>()), engine.Endpoint);
        var e = await Assert.ThrowsAsync<WorkshopException>(() => ScanExercise.RunAsync(target, WorkshopWorld.Quiet, "tlog_scan", 1, 100));
        Assert.Contains("no table 'tlog_scan'", e.Message);
    }

    [Fact]
    public async Task A_table_with_the_wrong_key_schema_is_refused()
    {
        var w = await WorkshopWorld.CreateAsync(engine, ["tlog", "employees"], employees: 5);
        // Point "tlog" at the employees table: its key is (employeeid, colA), not requestid.
        var outputs = new Dictionary<string, Lab.Local.ProvisionedTable>(w.Target.Outputs.Tables) { ["tlog"] = w.Target.Outputs.Tables["employees"] };
        var target = new WorkshopTarget(w.Target.Outputs with { Tables = outputs }, engine.Endpoint);
        var e = await Assert.ThrowsAsync<WorkshopException>(() => LoadLogFileExercise.RunAsync(target, WorkshopWorld.Quiet, "tlog", w.Files.LogFile1));
        Assert.Contains("has key (employeeid, colA); expected (requestid, no range)", e.Message);
    }
}
