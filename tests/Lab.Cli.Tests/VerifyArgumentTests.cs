namespace Lab.Cli.Tests;

/// <summary>`lab verify` arguments it cannot use: exit 2 with a message that names the problem, before touching anything.</summary>
public sealed class VerifyArgumentTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task A_missing_outputs_file_exits_2_naming_the_file()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"no-such-outputs-{Guid.NewGuid():N}.json");
        var (exit, _, stderr) = await LabCommand.RunAsync(["verify", "--outputs", missing], Timeout);
        Assert.Equal(2, exit);
        Assert.Contains(missing, stderr);
        Assert.Contains("does not exist", stderr);
    }

    [Fact]
    public async Task Outputs_that_are_not_JSON_exit_2_naming_the_file_and_line()
    {
        var file = Path.Combine(Path.GetTempPath(), $"bad-outputs-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, "{\n  \"student\": \"alice\",\n  oops\n}");
        try
        {
            var (exit, _, stderr) = await LabCommand.RunAsync(["verify", "--outputs", file], Timeout);
            Assert.Equal(2, exit);
            Assert.Contains(file, stderr);
            Assert.Contains("line 3", stderr);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Verify_without_outputs_is_a_usage_error()
    {
        var (exit, _, stderr) = await LabCommand.RunAsync(["verify"], Timeout);
        Assert.Equal(2, exit);
        Assert.Contains("--outputs", stderr);
    }
}
