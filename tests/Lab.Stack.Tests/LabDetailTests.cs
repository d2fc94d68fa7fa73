using Lab.Infra.Planning;

namespace Lab.Stack.Tests;

/// <summary>Each lab's settings from LABS.md, resource by resource.</summary>
public class LabDetailTests
{
    private const string Account = "us-east-1:123456789012";

    private static IReadOnlyDictionary<string, object> Dict(object value) => (IReadOnlyDictionary<string, object>)value;

    [Fact]
    public async Task Kinesis_lab_has_a_one_shard_provisioned_stream_read_by_ProcessKinesisRecords()
    {
        var plan = await StackRun.EvaluateAsync("alice", ("labs", "[\"kinesis\"]"));
        var stream = plan.Single("aws:kinesis/stream:Stream", "Lab-Stream");
        Assert.Matches("^Lab-Stream-alice-[0-9a-f]{4}$", stream.Str("name"));
        Assert.Equal(1, stream.Num("shardCount"));
        Assert.Equal("PROVISIONED", stream.Map("streamModeDetails")["streamMode"]);

        var mapping = plan.Single("aws:lambda/eventSourceMapping:EventSourceMapping", "Lab-Stream-to-ProcessKinesisRecords");
        Assert.Equal($"arn:aws:kinesis:{Account}:stream/{stream.Str("name")}", mapping.Str("eventSourceArn"));
        Assert.Equal(100, mapping.Num("batchSize"));
        Assert.Equal("LATEST", mapping.Str("startingPosition"));

        var read = StackRun.Statements(plan.Single("aws:iam/rolePolicy:RolePolicy", "ProcessKinesisRecords-policy")).Single(s => s.Sid == "ReadLabStream");
        Assert.Equal(["kinesis:DescribeStream", "kinesis:DescribeStreamSummary", "kinesis:GetRecords", "kinesis:GetShardIterator", "kinesis:ListShards", "kinesis:ListStreams"], read.Actions);
        Assert.Equal([$"arn:aws:kinesis:{Account}:stream/{stream.Str("name")}"], read.Resources);
        Assert.Equal(["Lab-Stream"], Dict(Dict(plan.Outputs["kinesis"]!)["streams"]).Keys);
    }

    [Theory]
    [InlineData("1", 5, 1000, 5000, 100, 10)]
    [InlineData("0.1", 1, 100, 500, 10, 1)]
    public async Task DesignPatterns_tables_keep_the_workshops_capacity_times_the_scale(string scale, int tlog, int gsiLow, int scan, int employees, int replicaRead)
    {
        var plan = await StackRun.EvaluateAsync("alice", ("labs", "[\"designPatterns\"]"), ("capacityScale", scale));
        var table = (string name) => plan.Single("aws:dynamodb/table:Table", name);

        Assert.All(plan.OfType("aws:dynamodb/table:Table"), t => Assert.Equal("PROVISIONED", t.Str("billingMode")));
        Assert.Equal(tlog, table("tlog").Num("readCapacity"));
        Assert.Equal(gsiLow, table("tlog_gsi_low").Num("writeCapacity"));
        Assert.Equal(scan, table("tlog_scan").Num("readCapacity"));
        Assert.Equal(employees, table("employees").Num("writeCapacity"));
        Assert.Equal(replicaRead, table("tlog_replica").Num("readCapacity"));

        var lowIndex = Dict(Assert.Single(table("tlog_gsi_low").List("globalSecondaryIndexes")));
        Assert.Equal("host-requestid-gsi", lowIndex["name"]);
        Assert.Equal(1.0, Convert.ToDouble(lowIndex["readCapacity"]));   // 1 is DynamoDB's minimum at any scale
        var scanIndex = Dict(Assert.Single(table("tlog_scan").List("globalSecondaryIndexes")));
        Assert.Equal("KEYS_ONLY", scanIndex["projectionType"]);
        Assert.Equal("gsi_responsecode_hk", scanIndex["hashKey"]);
        Assert.Equal("gsi_responsecode_sk", scanIndex["rangeKey"]);
        Assert.Equal(scale == "1" ? 3000.0 : 300.0, Convert.ToDouble(scanIndex["readCapacity"]));
    }

    [Fact]
    public async Task DesignPatterns_keys_indexes_stream_and_replica_function_follow_the_workshop()
    {
        var plan = await StackRun.EvaluateAsync("alice", ("labs", "[\"designPatterns\"]"));
        var tlog = plan.Single("aws:dynamodb/table:Table", "tlog");
        var employees = plan.Single("aws:dynamodb/table:Table", "employees");
        var replica = plan.Single("aws:dynamodb/table:Table", "tlog_replica");

        Assert.Equal("requestid", tlog.Str("hashKey"));
        Assert.Equal("NEW_IMAGE", tlog.Str("streamViewType"));
        var hostIndex = Dict(Assert.Single(tlog.List("globalSecondaryIndexes")));
        Assert.Equal(("host", "requestid", "INCLUDE"), ((string)hostIndex["hashKey"], (string)hostIndex["rangeKey"], (string)hostIndex["projectionType"]));
        Assert.Equal(new object[] { "bytessent" }, ((System.Collections.IEnumerable)hostIndex["nonKeyAttributes"]).Cast<object>());
        Assert.Equal(new[] { ("requestid", "N"), ("host", "S") },
            tlog.List("attributes").Select(a => ((string)Dict(a)["name"], (string)Dict(a)["type"])));

        Assert.Equal(("employeeid", "colA"), (employees.Str("hashKey"), employees.Str("rangeKey")));
        Assert.Equal(["gsi_overload", "gsi_manager", "gsi_city_dept"], employees.List("globalSecondaryIndexes").Select(i => (string)Dict(i)["name"]));
        Assert.Equal(["employeeid", "colA", "name", "is_manager", "title", "state", "city_dept"],
            employees.List("attributes").Select(a => (string)Dict(a)["name"]));

        var function = plan.Single("aws:lambda/function:Function", "ddbreplica_lambda");
        Assert.Equal(60, function.Num("timeout"));
        var mapping = plan.Single("aws:lambda/eventSourceMapping:EventSourceMapping", "tlog-to-ddbreplica_lambda");
        Assert.Equal(("TRIM_HORIZON", 100.0), (mapping.Str("startingPosition"), mapping.Num("batchSize")));
        Assert.Equal($"arn:aws:dynamodb:{Account}:table/{tlog.Str("name")}/stream/{MockArns.StreamLabel}", mapping.Str("eventSourceArn"));

        var statements = StackRun.Statements(plan.Single("aws:iam/rolePolicy:RolePolicy", "ddbreplica_lambda-policy")).ToDictionary(s => s.Sid);
        Assert.Equal([$"arn:aws:dynamodb:{Account}:table/{replica.Str("name")}"], statements["WriteReplicaOnly"].Resources);
        Assert.Equal(["dynamodb:PutItem", "dynamodb:DeleteItem"], statements["WriteReplicaOnly"].Actions);
        Assert.Equal([$"arn:aws:dynamodb:{Account}:table/{tlog.Str("name")}/stream/{MockArns.StreamLabel}"], statements["ReadTlogStreamOnly"].Resources);
    }

    [Fact]
    public async Task DesignPatterns_outputs_the_hourly_cost_of_its_provisioned_capacity()
    {
        var full = Dict(Dict((await StackRun.EvaluateAsync("alice", ("labs", "[\"designPatterns\"]"))).Outputs["designPatterns"]!)["provisionedCapacity"]);
        // Tables + indexes at the workshop's figures: 9431 RCU and 11421 WCU at us-east-1 prices.
        Assert.Equal(9431, Convert.ToInt32(full["readCapacityUnits"]));
        Assert.Equal(11421, Convert.ToInt32(full["writeCapacityUnits"]));
        Assert.Equal(9431 * 0.00013 + 11421 * 0.00065, Convert.ToDouble(full["hourlyCostUsd"]), 4);
        Assert.Equal("us-east-1", full["priceRegion"]);

        var tenth = Dict(Dict((await StackRun.EvaluateAsync("alice", ("labs", "[\"designPatterns\"]"), ("capacityScale", "0.1"))).Outputs["designPatterns"]!)["provisionedCapacity"]);
        Assert.True(Convert.ToDouble(tenth["hourlyCostUsd"]) < Convert.ToDouble(full["hourlyCostUsd"]) / 9);
    }

    [Theory]
    [InlineData("true", "ENABLED")]
    [InlineData("false", "DISABLED")]
    public async Task Tourney_stats_read_the_stream_as_the_seed_configured_and_the_writer_runs_on_a_schedule(string enabled, string state)
    {
        var plan = await StackRun.EvaluateAsync("alice", ("labs", "[\"tourney\"]"), ("schedulesEnabled", enabled), ("tourneyWriterSchedule", "rate(2 minutes)"));
        var tourney = plan.Single("aws:dynamodb/table:Table", "TaTourney");
        Assert.Equal(("match_id", "player", "NEW_IMAGE"), (tourney.Str("hashKey"), tourney.Str("rangeKey"), tourney.Str("streamViewType")));
        Assert.Equal("player", plan.Single("aws:dynamodb/table:Table", "TaTourneyStats").Str("hashKey"));

        var mapping = plan.Single("aws:lambda/eventSourceMapping:EventSourceMapping", "TaTourney-to-TaTourneyStats");
        Assert.Equal(10, mapping.Num("batchSize"));
        Assert.Equal(0, mapping.Num("maximumBatchingWindowInSeconds"));
        Assert.Equal("TRIM_HORIZON", mapping.Str("startingPosition"));
        Assert.Equal(30, plan.Single("aws:lambda/function:Function", "TaTourneyStats").Num("timeout"));

        var rule = plan.Single("aws:cloudwatch/eventRule:EventRule", "TourneyWriter-schedule");
        Assert.Equal("rate(2 minutes)", rule.Str("scheduleExpression"));
        Assert.Equal(state, rule.Str("state"));
        var writer = plan.Single("aws:lambda/function:Function", "TourneyWriter");
        var permission = plan.Single("aws:lambda/permission:Permission", "TourneyWriter-invoked-by-schedule");
        Assert.Equal(("events.amazonaws.com", "lambda:InvokeFunction"), (permission.Str("principal"), permission.Str("action")));
        Assert.Equal($"arn:aws:events:{Account}:rule/{rule.Str("name")}", permission.Str("sourceArn"));
        var target = plan.Single("aws:cloudwatch/eventTarget:EventTarget", "TourneyWriter-schedule-target");
        Assert.Equal($"arn:aws:lambda:{Account}:function:{writer.Str("name")}", target.Str("arn"));
        Assert.Equal(rule.Str("name"), target.Str("rule"));
    }

    [Theory]
    [InlineData("solution")]
    [InlineData("start")]
    public async Task EventDriven_pipeline_follows_the_workshop_with_the_configured_stage_and_shards(string stage)
    {
        var plan = await StackRun.EvaluateAsync("alice", ("labs", "[\"eventDriven\"]"), ("eventDrivenStage", stage), ("eventDrivenShardCount", "4"));
        var stream = plan.Single("aws:kinesis/stream:Stream", "IncomingDataStream");
        Assert.Equal((4.0, 24.0, "KMS", "alias/aws/kinesis"), (stream.Num("shardCount"), stream.Num("retentionPeriod"), stream.Str("encryptionType"), stream.Str("kmsKeyId")));
        Assert.Equal("NEW_AND_OLD_IMAGES", plan.Single("aws:dynamodb/table:Table", "StateTable").Str("streamViewType"));
        Assert.Equal("NEW_IMAGE", plan.Single("aws:dynamodb/table:Table", "ReduceTable").Str("streamViewType"));
        Assert.False((bool)plan.Single("aws:dynamodb/table:Table", "AggregateTable").Inputs["streamEnabled"]);
        Assert.Equal("parameter", plan.Single("aws:dynamodb/table:Table", "ParameterTable").Str("hashKey"));

        var map = plan.Single("aws:lambda/eventSourceMapping:EventSourceMapping", "StateTable-to-MapLambda");
        Assert.Equal((10000.0, 3.0, -1.0, "TRIM_HORIZON"), (map.Num("batchSize"), map.Num("maximumBatchingWindowInSeconds"), map.Num("maximumRetryAttempts"), map.Str("startingPosition")));
        Assert.False((bool)map.Inputs["bisectBatchOnFunctionError"]);
        Assert.False(map.Inputs.ContainsKey("destinationConfig"));
        var reduce = plan.Single("aws:lambda/eventSourceMapping:EventSourceMapping", "ReduceTable-to-ReduceLambda");
        Assert.Equal(1000, reduce.Num("batchSize"));
        Assert.Equal(1, plan.Single("aws:lambda/function:Function", "ReduceLambda").Num("reservedConcurrentExecutions"));
        Assert.Equal(100, plan.Single("aws:lambda/eventSourceMapping:EventSourceMapping", "IncomingDataStream-to-StateLambda").Num("batchSize"));
        Assert.Equal((55.0, 180.0, 60.0, 30.0), (
            plan.Single("aws:lambda/function:Function", "GeneratorLambda").Num("timeout"),
            plan.Single("aws:lambda/function:Function", "StateLambda").Num("timeout"),
            plan.Single("aws:lambda/function:Function", "MapLambda").Num("timeout"),
            plan.Single("aws:lambda/function:Function", "ReduceLambda").Num("timeout")));

        foreach (var name in new[] { "StateLambda", "MapLambda", "ReduceLambda" })
        {
            var variables = Dict(plan.Single("aws:lambda/function:Function", name).Map("environment")["variables"]);
            Assert.Equal(stage, variables["STAGE"]);
        }
    }

    [Fact]
    public async Task EventDriven_functions_touch_only_their_own_tables_and_streams()
    {
        var plan = await StackRun.EvaluateAsync("alice", ("labs", "[\"eventDriven\"]"));
        string Arn(string table) => $"arn:aws:dynamodb:{Account}:table/{plan.Single("aws:dynamodb/table:Table", table).Str("name")}";
        var stream = $"arn:aws:kinesis:{Account}:stream/{plan.Single("aws:kinesis/stream:Stream", "IncomingDataStream").Str("name")}";
        IEnumerable<string> Grants(string function) => StackRun.Statements(plan.Single("aws:iam/rolePolicy:RolePolicy", $"{function}-policy"))
            .Where(s => s.Sid != "WriteOwnLogGroup")
            .SelectMany(s => s.Actions.Select(a => $"{a} {string.Join(",", s.Resources)}"));

        Assert.Equal([$"kinesis:PutRecords {stream}"], Grants("GeneratorLambda"));
        Assert.Contains($"dynamodb:UpdateItem {Arn("StateTable")}", Grants("StateLambda"));
        Assert.Contains($"kinesis:GetRecords {stream}", Grants("StateLambda"));
        Assert.Contains($"dynamodb:PutItem {Arn("ReduceTable")}", Grants("MapLambda"));
        Assert.Contains($"dynamodb:GetRecords {Arn("StateTable")}/stream/{MockArns.StreamLabel}", Grants("MapLambda"));
        Assert.Contains($"dynamodb:UpdateItem {Arn("AggregateTable")}", Grants("ReduceLambda"));
        Assert.Contains($"dynamodb:GetRecords {Arn("ReduceTable")}/stream/{MockArns.StreamLabel}", Grants("ReduceLambda"));
        foreach (var function in new[] { "StateLambda", "MapLambda", "ReduceLambda" })
            Assert.Contains($"dynamodb:GetItem {Arn("ParameterTable")}", Grants(function));
        Assert.DoesNotContain(Grants("MapLambda"), g => g.Contains(Arn("AggregateTable")));
        Assert.DoesNotContain(Grants("ReduceLambda"), g => g.Contains(stream));
    }
}
