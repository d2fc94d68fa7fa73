using System.Text.Json;

namespace Lab.Cli.Tests;

/// <summary>`lab local` as users and CI run it: exit code, printed table and the --report JSON.</summary>
public sealed class LocalCommandTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task Lab_local_for_gameScores_exits_0_and_reports_every_check_passing()
    {
        var report = Path.Combine(Path.GetTempPath(), $"local-report-{Guid.NewGuid():N}.json");
        try
        {
            var (exit, stdout, stderr) = await LabCommand.RunAsync(["local", "--lab", "gameScores", "--report", report], Timeout);
            Assert.True(exit == 0, $"exit {exit}\n{stdout}\n{stderr}");
            Assert.Contains("checks passed", stdout);

            var rows = JsonDocument.Parse(await File.ReadAllTextAsync(report)).RootElement.EnumerateArray().ToList();
            Assert.True(rows.Count >= 5, $"only {rows.Count} checks reported");
            Assert.All(rows, row =>
            {
                Assert.Equal("gameScores", row.GetProperty("lab").GetString());
                Assert.True(row.GetProperty("pass").GetBoolean(), row.GetRawText());
                Assert.Equal(row.GetProperty("expected").GetString(), row.GetProperty("actual").GetString());
            });
            Assert.Contains(rows, row => row.GetProperty("check").GetString()!.Contains("Jane Doe") && row.GetProperty("actual").GetString() == "100");
        }
        finally
        {
            File.Delete(report);
        }
    }

    [Fact]
    public async Task An_unknown_lab_is_a_usage_error_naming_the_choices()
    {
        var (exit, _, stderr) = await LabCommand.RunAsync(["local", "--lab", "chess"], Timeout);
        Assert.Equal(2, exit);
        Assert.Contains("unknown lab 'chess'", stderr);
        Assert.Contains("gameScores", stderr);
    }
}
