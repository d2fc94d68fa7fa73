using Lab.Infra.Configuration;

namespace Lab.Stack.Tests;

public class ConfigTests
{
    [Theory]
    [InlineData("labs", "[\"gameScores\",\"chess\"]", "unknown lab 'chess'")]
    [InlineData("labs", "[]", "name at least one lab")]
    [InlineData("eventDrivenStage", "finished", "expected one of solution, start")]
    [InlineData("capacityScale", "-0.5", "greater than 0")]
    [InlineData("capacityScale", "lots", "greater than 0")]
    [InlineData("eventDrivenShardCount", "0", "from 1 to 20")]
    [InlineData("eventDrivenShardCount", "21", "from 1 to 20")]
    [InlineData("ttlHours", "0", "from 1 to 2160")]
    [InlineData("logRetentionDays", "10", "CloudWatch Logs allows only")]
    [InlineData("schedulesEnabled", "yes", "expected true or false")]
    [InlineData("streamStartingPosition", "AT_TIMESTAMP", "LATEST, TRIM_HORIZON")]
    [InlineData("tourneyWriterSchedule", "every minute", "rate(1 minute), rate(5 minutes)")]
    [InlineData("student", "Alice_B", "lowercase letters")]
    [InlineData("generatorCheckSeconds", "46", "from 0 to 45")]
    public void A_bad_value_names_the_key_the_value_and_what_is_allowed(string key, string value, string allowed)
    {
        var error = Assert.Throws<LabConfigException>(() => LabConfig.Read(k => k == key ? value : null, "dev"));
        Assert.Equal(key, error.Key);
        Assert.StartsWith($"Invalid config 'dynamodb-labs:{key}' = '{value}': ", error.Message);
        Assert.Contains(allowed, error.Message);
    }

    // The real Deployment.TestAsync reports a program's exception as a RunException built from its text only
    // (pulumi-dotnet v3.90.0, Deployment.Runner.cs): what a preview shows is the message, so that is what is checked.
    [Fact]
    public async Task A_bad_value_fails_the_preview_with_that_message()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => StackRun.EvaluateAsync("dev", ("eventDrivenStage", "finished")));
        Assert.Contains("Invalid config 'dynamodb-labs:eventDrivenStage' = 'finished': expected one of solution, start.", error.Message);
    }

    [Fact]
    public async Task An_unknown_key_fails_the_preview_naming_the_closest_known_key()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => StackRun.EvaluateAsync("dev", ("ttlHour", "12")));
        Assert.Contains("Invalid config 'dynamodb-labs:ttlHour' = '12': unknown key; did you mean 'dynamodb-labs:ttlHours'?", error.Message);
        var direct = Assert.Throws<LabConfigException>(() => LabConfig.CheckKeys(new Dictionary<string, string> { ["generatorSchedul"] = "rate(1 minute)" }));
        Assert.Contains("did you mean 'dynamodb-labs:generatorSchedule'?", direct.Message);
    }

    [Fact]
    public void Labs_default_to_all_five_and_accept_a_comma_separated_list()
    {
        Assert.Equal(LabNames.All, LabConfig.Read(_ => null, "dev").Labs);
        var config = LabConfig.Read(key => key == "labs" ? "tourney, kinesis" : null, "dev");
        Assert.Equal(["kinesis", "tourney"], config.Labs);
        Assert.Equal("dev", config.Student);
    }
}
