using Pulumi;

namespace Lab.Offline.Tests;

public sealed class ConfigTests : IDisposable
{
    private readonly string? _saved = Environment.GetEnvironmentVariable("PULUMI_CONFIG");

    public void Dispose() => Environment.SetEnvironmentVariable("PULUMI_CONFIG", _saved);

    [Fact]
    public async Task Plain_keys_resolve_in_the_project_namespace_and_named_bags_in_theirs()
    {
        Environment.SetEnvironmentVariable("PULUMI_CONFIG",
            "{\"lab:tableName\":\"orders\",\"lab:shards\":\"3\",\"lab:streams\":\"true\",\"lab:ratio\":\"0.5\",\"aws:region\":\"eu-west-1\",\"lab:students\":\"[\\\"ana\\\",\\\"bo\\\"]\"}");
        (string, int, bool, double, string, string[], string?) seen = default;

        await Run.ProgramAsync(new RecordingMocks(), () =>
        {
            var config = new Config();
            seen = (config.Require("tableName"), config.RequireInt32("shards"), config.RequireBoolean("streams"),
                config.RequireDouble("ratio"), new Config("aws").Require("region"), config.RequireObject<string[]>("students"),
                config.Get("absent"));
        });

        Assert.Equal(("orders", 3, true, 0.5, "eu-west-1"), (seen.Item1, seen.Item2, seen.Item3, seen.Item4, seen.Item5));
        Assert.Equal(new[] { "ana", "bo" }, seen.Item6);
        Assert.Null(seen.Item7);
    }

    [Fact]
    public async Task A_missing_required_key_fails_the_run_naming_the_full_key()
    {
        Environment.SetEnvironmentVariable("PULUMI_CONFIG", "{\"lab:tableName\":\"orders\"}");

        var error = await Assert.ThrowsAsync<RunException>(() =>
            Run.ProgramAsync(new RecordingMocks(), () => new Config().Require("studentCount")));

        Assert.Contains("Missing Required configuration variable 'lab:studentCount'", error.Message);
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_fails_the_run_naming_key_value_and_type()
    {
        Environment.SetEnvironmentVariable("PULUMI_CONFIG", "{\"lab:shards\":\"many\"}");

        var error = await Assert.ThrowsAsync<RunException>(() =>
            Run.ProgramAsync(new RecordingMocks(), () => new Config().GetInt32("shards")));

        Assert.Contains("Configuration 'lab:shards' value 'many' is not a valid Int32", error.Message);
    }

    [Fact]
    public async Task Secret_getters_mark_the_value_secret()
    {
        Environment.SetEnvironmentVariable("PULUMI_CONFIG", "{\"lab:password\":\"hunter2\"}");
        Output<string>? secret = null;

        await Run.ProgramAsync(new RecordingMocks(), () => { secret = new Config().RequireSecret("password"); });

        Assert.True(await Output.IsSecretAsync(secret!));
        Assert.Equal("hunter2", await Pulumi.Utilities.OutputUtilities.GetValueAsync(secret!));
    }

    // Real SDK (Config.cs): booleans are exactly "true" or "false".
    [Fact]
    public async Task A_boolean_other_than_true_or_false_is_a_type_error()
    {
        Environment.SetEnvironmentVariable("PULUMI_CONFIG", "{\"lab:streams\":\"True\"}");

        var error = await Assert.ThrowsAsync<RunException>(() =>
            Run.ProgramAsync(new RecordingMocks(), () => new Config().GetBoolean("streams")));

        Assert.Equal("Configuration 'lab:streams' value 'True' is not a valid Boolean", error.Message);
    }

    // Real SDK (Deployment_Config.cs): PULUMI_CONFIG is parsed when the deployment starts; text that is not JSON
    // fails TestAsync with the parser's exception.
    [Fact]
    public async Task A_PULUMI_CONFIG_that_is_not_JSON_fails_the_run_with_the_parsers_exception()
    {
        Environment.SetEnvironmentVariable("PULUMI_CONFIG", "{lab:shards=3}");

        await Assert.ThrowsAnyAsync<System.Text.Json.JsonException>(() => Run.ProgramAsync(new RecordingMocks(), () => { }));
    }
}
