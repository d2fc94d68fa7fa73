using Lab.Infra.Configuration;
using Lab.Infra.Planning;

namespace Lab.Stack.Tests;

/// <summary>
/// What a real AWS account needs of the plan that the mocks would never complain about: new accounts'
/// concurrency, mappings that start late, Lambda's asynchronous retries, IAM granted only for what runs.
/// </summary>
public class RealAccountTests
{
    private const string Mapping = "aws:lambda/eventSourceMapping:EventSourceMapping";
    private const string Function = "aws:lambda/function:Function";

    [Fact]
    public async Task ReduceLambda_reserves_one_execution_by_default_as_the_lab_does()
    {
        var plan = await StackRun.EvaluateAsync("alice", ("labs", "eventDriven"));
        Assert.Equal(1, plan.Single(Function, "ReduceLambda").Num("reservedConcurrentExecutions"));
    }

    [Theory]
    [InlineData("off")]
    [InlineData("0")]
    public async Task A_new_account_turns_the_ReduceLambda_reservation_off(string value)
    {
        var plan = await StackRun.EvaluateAsync("alice", ("labs", "eventDriven"), ("reduceLambdaReservedConcurrency", value));
        Assert.All(plan.OfType(Function), f => Assert.False(f.Inputs.ContainsKey("reservedConcurrentExecutions"), f.Name));
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("1001")]
    [InlineData("one")]
    public void A_bad_reservation_names_the_key_the_value_and_what_is_allowed(string value)
    {
        var error = Assert.Throws<LabConfigException>(() => LabConfig.Read(key => key == "reduceLambdaReservedConcurrency" ? value : null, "dev"));
        Assert.Equal($"Invalid config 'dynamodb-labs:reduceLambdaReservedConcurrency' = '{value}': expected a whole number from 0 to 1000, or off (0 and off reserve nothing).",
            error.Message);
    }

    [Fact]
    public async Task The_eventDriven_pipeline_reads_the_streams_it_creates_from_TRIM_HORIZON()
    {
        var plan = await StackRun.EvaluateAsync("alice", ("labs", "eventDriven"));
        foreach (var name in new[] { "IncomingDataStream-to-StateLambda", "StateTable-to-MapLambda", "ReduceTable-to-ReduceLambda" })
            Assert.Equal("TRIM_HORIZON", plan.Single(Mapping, name).Str("startingPosition"));
    }

    [Theory]
    [InlineData("eventDriven", "GeneratorLambda", new[] { "IncomingDataStream-to-StateLambda", "StateTable-to-MapLambda", "ReduceTable-to-ReduceLambda" })]
    [InlineData("tourney", "TourneyWriter", new[] { "TaTourney-to-TaTourneyStats" })]
    public async Task A_schedule_waits_for_the_mappings_downstream_of_its_function_and_for_its_no_retry_config(
        string lab, string function, string[] downstream)
    {
        var plan = await StackRun.EvaluateAsync("alice", ("labs", lab));
        var rule = plan.Single("aws:cloudwatch/eventRule:EventRule", $"{function}-schedule");
        var expected = downstream.Select(name => (Mapping, name))
            .Append(("aws:lambda/functionEventInvokeConfig:FunctionEventInvokeConfig", $"{function}-no-async-retries"));
        Assert.Equal(expected.Order(), rule.DependsOn.Order());
        // ... and the plan file says so too.
        var json = System.Text.Json.JsonDocument.Parse(PlanJson.Serialize(plan)).RootElement.GetProperty("resources").EnumerateArray()
            .Single(r => r.GetProperty("name").GetString() == $"{function}-schedule");
        Assert.Equal(expected.Count(), json.GetProperty("dependsOn").GetArrayLength());
    }

    [Theory]
    [InlineData("eventDriven", "GeneratorLambda")]
    [InlineData("tourney", "TourneyWriter")]
    public async Task A_scheduled_function_is_never_retried_by_Lambda_after_a_failed_asynchronous_run(string lab, string function)
    {
        var plan = await StackRun.EvaluateAsync("alice", ("labs", lab));
        var config = Assert.Single(plan.OfType("aws:lambda/functionEventInvokeConfig:FunctionEventInvokeConfig"));
        Assert.Equal(plan.Single(Function, function).Str("name"), config.Str("functionName"));
        Assert.Equal(0, config.Num("maximumRetryAttempts"));
        Assert.Equal(60, config.Num("maximumEventAgeInSeconds"));
        Assert.Equal(lab, config.Parent);
    }

    [Fact]
    public async Task A_function_without_variables_sends_no_environment_block()
    {
        var plan = await StackRun.EvaluateAsync("alice", ("labs", "kinesis"));
        Assert.False(plan.Single(Function, "ProcessKinesisRecords").Inputs.ContainsKey("environment"));
        var all = await StackRun.EvaluateAsync("alice");
        Assert.All(all.OfType(Function).Where(f => f.Inputs.ContainsKey("environment")),
            f => Assert.NotEmpty((IReadOnlyDictionary<string, object>)f.Map("environment")["variables"]));
    }

    [Fact]
    public async Task GeneratorLambda_may_scan_AggregateTable_only_when_the_stack_enables_its_check()
    {
        var off = await StackRun.EvaluateAsync("alice", ("labs", "eventDriven"));
        Assert.DoesNotContain(StackRun.Statements(off.Single("aws:iam/rolePolicy:RolePolicy", "GeneratorLambda-policy")),
            s => s.Actions.Contains("dynamodb:Scan"));
        Assert.False(((IReadOnlyDictionary<string, object>)off.Single(Function, "GeneratorLambda").Map("environment")["variables"])
            .ContainsKey("GENERATOR_CHECK_SECONDS"));

        var on = await StackRun.EvaluateAsync("alice", ("labs", "eventDriven"), ("generatorCheckSeconds", "30"));
        var scan = StackRun.Statements(on.Single("aws:iam/rolePolicy:RolePolicy", "GeneratorLambda-policy")).Single(s => s.Actions.Contains("dynamodb:Scan"));
        Assert.Equal([$"arn:aws:dynamodb:us-east-1:123456789012:table/{on.Single("aws:dynamodb/table:Table", "AggregateTable").Str("name")}"], scan.Resources);
        Assert.Equal("30", ((IReadOnlyDictionary<string, object>)on.Single(Function, "GeneratorLambda").Map("environment")["variables"])["GENERATOR_CHECK_SECONDS"]);
    }

    [Theory]
    [InlineData("rate(0 minutes)", "at least 1")]
    [InlineData("rate(1 minutes)", "singular unit (minute)")]
    [InlineData("rate(5 minute)", "plural unit (minutes)")]
    [InlineData("rate(5 weeks)", "not a rate(...) or cron(...)")]
    [InlineData("cron(bogus)", "cron needs 6 fields, got 1")]
    [InlineData("cron(0 12 * * * *)", "'?' in exactly one of day-of-month and day-of-week")]
    [InlineData("cron(61 * * * ? *)", "field 1 (minutes) '61'")]
    [InlineData("cron(0 9 ? * MON-FRI 1969)", "field 6 (year) '1969'")]
    public void A_schedule_EventBridge_would_reject_fails_at_preview_with_key_value_and_rule(string expression, string problem)
    {
        var error = Assert.Throws<LabConfigException>(() => LabConfig.Read(key => key == "generatorSchedule" ? expression : null, "dev"));
        Assert.StartsWith($"Invalid config 'dynamodb-labs:generatorSchedule' = '{expression}': ", error.Message);
        Assert.Contains(problem, error.Message);
        Assert.Contains("rate(1 minute), rate(5 minutes)", error.Message);
    }

    [Theory]
    [InlineData("rate(1 minute)")]
    [InlineData("rate(2 hours)")]
    [InlineData("rate(1 day)")]
    [InlineData("cron(0/5 * * * ? *)")]
    [InlineData("cron(15 10 ? * 6L 2026-2030)")]
    [InlineData("cron(0 18 ? * MON-FRI *)")]
    [InlineData("cron(0 8 1 * ? *)")]
    [InlineData("cron(0 10 LW * ? *)")]
    [InlineData("cron(0 10 ? * 3#2 *)")]
    public void Schedules_EventBridge_accepts_pass(string expression)
    {
        Assert.Equal(expression, LabConfig.Read(key => key == "tourneyWriterSchedule" ? expression : null, "dev").TourneyWriterSchedule);
    }
}

/// <summary>functions/README.md's environment table and the stack agree on which variables come from config.</summary>
public class FunctionEnvironmentDocsTests
{
    [Fact]
    public async Task Every_variable_the_functions_README_says_comes_from_config_is_set_by_the_stack_from_a_known_key()
    {
        var rows = ConfigSourcedRows(File.ReadAllText(Path.Combine(Lab.Engines.RepoPaths.Root, "functions", "README.md")));
        Assert.NotEmpty(rows);
        var referenceConfig = File.ReadAllText(Path.Combine(Lab.Engines.RepoPaths.Root, "Pulumi.dev.yaml"));
        // Every optional behaviour switched on, so a variable set only on demand is present too.
        var plan = await StackRun.EvaluateAsync("alice", ("generatorCheckSeconds", "10"));
        foreach (var (function, variable, key) in rows)
        {
            Assert.True(referenceConfig.Contains($"dynamodb-labs:{key}:"), $"{function} {variable}: config key '{key}' is not documented in Pulumi.dev.yaml");
            var declared = plan.Single("aws:lambda/function:Function", function);
            var variables = (IReadOnlyDictionary<string, object>)declared.Map("environment")["variables"];
            Assert.True(variables.ContainsKey(variable), $"functions/README.md says {function}'s {variable} comes from config '{key}', but the stack does not set it");
        }
    }

    // Rows "| function | `VARIABLE`[, `VARIABLE`] | ... | config `key` ... |"; a blank function cell continues the previous one.
    private static List<(string Function, string Variable, string Key)> ConfigSourcedRows(string readme)
    {
        var rows = new List<(string, string, string)>();
        var function = "";
        foreach (var line in readme.Split('\n').Where(l => l.StartsWith('|')))
        {
            var cells = line.Split('|').Select(c => c.Trim()).ToArray();
            if (cells.Length < 6) continue;
            if (cells[1].Length > 0 && !cells[1].StartsWith('-')) function = cells[1];
            var source = System.Text.RegularExpressions.Regex.Match(cells[4], "^config\\b(?: `([A-Za-z]+)`)?");
            if (!source.Success) continue;
            Assert.True(source.Groups[1].Success, $"functions/README.md: '{line}' says config but names no config key");
            foreach (System.Text.RegularExpressions.Match variable in System.Text.RegularExpressions.Regex.Matches(cells[2], "`([A-Z_]+)`"))
                rows.Add((function, variable.Groups[1].Value, source.Groups[1].Value));
        }
        return rows;
    }
}
