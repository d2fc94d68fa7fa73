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
    public async Task A_bad_value_fails_at_preview_with_key_value_and_what_is_allowed(string key, string value, string allowed)
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => StackRun.EvaluateAsync("dev", (key, value)));
        var configError = FindConfigError(error);
        Assert.Equal(key, configError.Key);
        Assert.Contains($"'dynamodb-labs:{key}'", configError.Message);
        Assert.Contains($"'{value}'", configError.Message);
        Assert.Contains(allowed, configError.Message);
    }

    [Fact]
    public void Labs_default_to_all_five_and_accept_a_comma_separated_list()
    {
        Assert.Equal(LabNames.All, LabConfig.Read(_ => null, "dev").Labs);
        var config = LabConfig.Read(key => key == "labs" ? "tourney, kinesis" : null, "dev");
        Assert.Equal(["kinesis", "tourney"], config.Labs);
        Assert.Equal("dev", config.Student);
    }

    private static LabConfigException FindConfigError(Exception error)
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            if (e is LabConfigException found) return found;
            if (e is AggregateException aggregate && aggregate.InnerExceptions.OfType<LabConfigException>().FirstOrDefault() is { } inner) return inner;
        }
        throw new Xunit.Sdk.XunitException($"Expected a LabConfigException, got: {error}");
    }
}
