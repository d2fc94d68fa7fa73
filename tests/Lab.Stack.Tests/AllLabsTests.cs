using System.Reflection;
using Lab.Infra.Planning;

namespace Lab.Stack.Tests;

/// <summary>Invariants over the whole stack with every lab selected (Pulumi.dev.yaml's default).</summary>
public class AllLabsTests
{
    private static readonly string[] Untaggable =
    [
        "aws:iam/rolePolicy:RolePolicy", "random:index/randomId:RandomId", "aws:cloudwatch/dashboard:Dashboard",
        "aws:lambda/permission:Permission", "aws:cloudwatch/eventTarget:EventTarget",
        "aws:lambda/functionEventInvokeConfig:FunctionEventInvokeConfig",
    ];

    [Fact]
    public async Task Every_lab_declares_its_resources_under_its_own_component()
    {
        var plan = await StackRun.EvaluateAsync("alice");
        var perLab = plan.Resources.GroupBy(r => r.Parent ?? "(stack)").ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(new Dictionary<string, int>
        {
            ["(stack)"] = 2,          // suffix, dashboard
            ["kinesis"] = 7,          // stream, queue, log group, role, policy, function, mapping
            ["gameScores"] = 8,
            ["designPatterns"] = 11,  // five tables + queue, log group, role, policy, function, mapping
            ["tourney"] = 16,         // two tables; stats: queue, log group, role, policy, function, mapping; writer: log group, role, policy, function; no-retry config, rule, permission, target
            ["eventDriven"] = 29,     // stream, four tables; generator (4 + schedule 4); state (6 with queue and mapping); map (5); reduce (5)
        }, perLab);
    }

    [Fact]
    public async Task Only_the_selected_labs_are_declared()
    {
        var plan = await StackRun.EvaluateAsync("alice", ("labs", "[\"tourney\"]"));
        Assert.Equal(["tourney"], plan.Resources.Select(r => r.Parent).OfType<string>().Distinct());
        Assert.Equal(["dashboardUrl", "region", "student", "tourney"], plan.Outputs.Keys.Order());
    }

    [Fact]
    public async Task No_policy_statement_has_a_wildcard_action_or_a_star_resource()
    {
        var plan = await StackRun.EvaluateAsync("alice");
        var policies = plan.OfType("aws:iam/rolePolicy:RolePolicy").ToList();
        Assert.Equal(9, policies.Count);
        foreach (var statement in policies.SelectMany(StackRun.Statements))
        {
            Assert.DoesNotContain(statement.Actions, action => action.Contains('*'));
            Assert.DoesNotContain(statement.Resources, resource => resource == "*" || resource.EndsWith(":*:*"));
            Assert.All(statement.Resources, resource => Assert.StartsWith("arn:aws:", resource));
        }
    }

    [Fact]
    public async Task Every_function_has_a_declared_log_group_with_retention_and_a_supported_runtime()
    {
        var plan = await StackRun.EvaluateAsync("alice", ("logRetentionDays", "14"));
        var logGroups = plan.OfType("aws:cloudwatch/logGroup:LogGroup").ToDictionary(g => g.Str("name"));
        var functions = plan.OfType("aws:lambda/function:Function").ToList();
        Assert.Equal(9, functions.Count);
        foreach (var function in functions)
        {
            Assert.Equal("dotnet10", function.Str("runtime"));
            Assert.Equal(14, logGroups[$"/aws/lambda/{function.Str("name")}"].Num("retentionInDays"));
        }
    }

    [Fact]
    public async Task Every_taggable_resource_is_tagged_with_its_lab()
    {
        var plan = await StackRun.EvaluateAsync("alice");
        foreach (var resource in plan.Resources.Where(r => !Untaggable.Contains(r.Type)))
        {
            var tags = resource.Map("tags");
            Assert.Equal("alice", tags["student"]);
            Assert.Equal(resource.Parent, tags["lab"]);
            Assert.True(tags.ContainsKey("expiry"), $"{resource.Type}::{resource.Name} has no expiry tag");
        }
    }

    [Fact]
    public async Task Handlers_resolve_to_public_FunctionHandler_methods_and_environment_keys_are_ones_the_handlers_read()
    {
        var plan = await StackRun.EvaluateAsync("alice");
        var assembly = typeof(Lab.Functions.GameScores.AggregateScoresByUser).Assembly;
        var knownVariables = assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral && f.FieldType == typeof(string) && f.Name.EndsWith("Variable"))
            .Select(f => (string)f.GetRawConstantValue()!).ToHashSet();

        foreach (var function in plan.OfType("aws:lambda/function:Function"))
        {
            var parts = function.Str("handler").Split("::");
            Assert.Equal("Lab.Functions", parts[0]);
            var type = assembly.GetType(parts[1]);
            Assert.True(type is not null, $"{function.Name}: handler type {parts[1]} does not exist");
            Assert.NotNull(type!.GetMethod(parts[2], BindingFlags.Public | BindingFlags.Instance));
            Assert.All(Variables(function).Keys, key => Assert.Contains(key, knownVariables));
        }
    }

    [Fact]
    public async Task Lab_invoke_fills_exactly_the_environment_the_stack_declares_from_the_outputs()
    {
        var plan = await StackRun.EvaluateAsync("alice");
        foreach (var function in plan.OfType("aws:lambda/function:Function"))
        {
            var declared = Variables(function).Keys.Where(key => key != "STAGE");
            var bound = Lab.Functions.Hosting.StackOutputBindings.ByFunction[function.Name].Select(binding => binding.Variable);
            Assert.Equal(declared.Order(), bound.Order());
        }
    }

    [Fact]
    public async Task The_dashboard_has_a_row_per_lab_and_its_url_is_an_output()
    {
        var plan = await StackRun.EvaluateAsync("alice", ("labs", "[\"gameScores\",\"kinesis\"]"));
        var dashboard = Assert.Single(plan.OfType("aws:cloudwatch/dashboard:Dashboard"));
        var body = System.Text.Json.JsonDocument.Parse(dashboard.Str("dashboardBody")).RootElement;
        var widgets = body.GetProperty("widgets").EnumerateArray().ToList();
        var headings = widgets.Where(w => w.GetProperty("type").GetString() == "text")
            .Select(w => w.GetProperty("properties").GetProperty("markdown").GetString()).ToList();
        Assert.Equal(["## kinesis", "## gameScores"], headings);
        var metrics = string.Join("\n", widgets.Where(w => w.GetProperty("type").GetString() == "metric").Select(w => w.GetRawText()));
        Assert.Contains("IteratorAge", metrics);
        Assert.Contains("ConsumedReadCapacityUnits", metrics);
        Assert.Contains("IncomingRecords", metrics);
        Assert.Contains(plan.Single("aws:lambda/function:Function", "AggregateScoresByUser").Str("name"), metrics);
        Assert.Equal($"https://us-east-1.console.aws.amazon.com/cloudwatch/home?region=us-east-1#dashboards:name={dashboard.Str("dashboardName")}",
            plan.Outputs["dashboardUrl"]);
    }

    // A function without variables declares no environment block at all.
    private static IReadOnlyDictionary<string, object> Variables(PlannedResource function) =>
        function.Inputs.ContainsKey("environment")
            ? (IReadOnlyDictionary<string, object>)function.Map("environment")["variables"]
            : new Dictionary<string, object>();
}
