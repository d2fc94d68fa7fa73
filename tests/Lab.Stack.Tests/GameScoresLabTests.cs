using Lab.Infra.Planning;

namespace Lab.Stack.Tests;

public class GameScoresLabTests
{
    [Fact]
    public async Task Declares_exactly_the_labs_resources()
    {
        var plan = await StackRun.GameScoresAsync();

        var declared = plan.Resources.Select(r => $"{r.Type} {r.Name}").Order().ToArray();
        Assert.Equal(new[]
        {
            "aws:cloudwatch/dashboard:Dashboard student-dashboard",
            "aws:cloudwatch/logGroup:LogGroup AggregateScoresByUser-logs",
            "aws:dynamodb/table:Table GameScoreRecords",
            "aws:dynamodb/table:Table GameScoresByUser",
            "aws:iam/role:Role AggregateScoresByUser-role",
            "aws:iam/rolePolicy:RolePolicy AggregateScoresByUser-policy",
            "aws:lambda/eventSourceMapping:EventSourceMapping GameScoreRecords-to-AggregateScoresByUser",
            "aws:lambda/function:Function AggregateScoresByUser",
            "aws:sqs/queue:Queue AggregateScoresByUser-failures",
            "random:index/randomId:RandomId student-suffix",
        }, declared);
        Assert.All(plan.Resources.Where(r => r.Type.StartsWith("aws:") && !r.Type.Contains("dashboard")), r => Assert.Equal("gameScores", r.Parent));
    }

    [Fact]
    public async Task Tables_have_the_seeds_keys_and_the_records_table_streams_new_images()
    {
        var plan = await StackRun.GameScoresAsync();
        var records = plan.Single("aws:dynamodb/table:Table", "GameScoreRecords");
        var byUser = plan.Single("aws:dynamodb/table:Table", "GameScoresByUser");

        Assert.StartsWith("GameScoreRecords-alice-", records.Str("name"));
        Assert.Matches("^GameScoreRecords-alice-[0-9a-f]{4}$", records.Str("name"));
        Assert.Equal("RecordID", records.Str("hashKey"));
        Assert.Equal("PAY_PER_REQUEST", records.Str("billingMode"));
        Assert.True((bool)records.Inputs["streamEnabled"]);
        Assert.Equal("NEW_IMAGE", records.Str("streamViewType"));
        var attribute = Assert.Single(records.List("attributes"));
        Assert.Equal("RecordID", ((IReadOnlyDictionary<string, object>)attribute)["name"]);
        Assert.Equal("N", ((IReadOnlyDictionary<string, object>)attribute)["type"]);

        Assert.Equal("Username", byUser.Str("hashKey"));
        Assert.False((bool)byUser.Inputs["streamEnabled"]);
        Assert.False(byUser.Inputs.ContainsKey("streamViewType"));
        Assert.Equal("S", ((IReadOnlyDictionary<string, object>)Assert.Single(byUser.List("attributes")))["type"]);
        Assert.False((bool)records.Inputs["deletionProtectionEnabled"]);
    }

    [Fact]
    public async Task Function_is_dotnet10_arm64_with_its_own_log_group_and_the_table_name_in_its_environment()
    {
        var plan = await StackRun.GameScoresAsync();
        var function = plan.Single("aws:lambda/function:Function", "AggregateScoresByUser");
        var logGroup = plan.Single("aws:cloudwatch/logGroup:LogGroup", "AggregateScoresByUser-logs");
        var byUser = plan.Single("aws:dynamodb/table:Table", "GameScoresByUser");
        var role = plan.Single("aws:iam/role:Role", "AggregateScoresByUser-role");

        Assert.Matches("^AggregateScoresByUser-alice-[0-9a-f]{4}$", function.Str("name"));
        Assert.Equal("dotnet10", function.Str("runtime"));
        Assert.Equal(new object[] { "arm64" }, function.List("architectures"));
        Assert.Equal("Lab.Functions::Lab.Functions.GameScores.AggregateScoresByUser::FunctionHandler", function.Str("handler"));
        Assert.Equal($"arn:aws:iam::123456789012:role/{role.Str("name")}", function.Str("role"));
        Assert.Equal($"/aws/lambda/{function.Str("name")}", logGroup.Str("name"));
        Assert.Equal(7, logGroup.Num("retentionInDays"));
        var variables = (IReadOnlyDictionary<string, object>)function.Map("environment")["variables"];
        Assert.Equal(byUser.Str("name"), variables["GAME_SCORES_BY_USER_TABLE"]);
        Assert.Equal(logGroup.Str("name"), function.Map("loggingConfig")["logGroup"]);
    }

    [Fact]
    public async Task Event_source_mapping_reads_the_records_tables_stream_from_latest_with_bounded_retries()
    {
        var plan = await StackRun.GameScoresAsync();
        var mapping = plan.Single("aws:lambda/eventSourceMapping:EventSourceMapping", "GameScoreRecords-to-AggregateScoresByUser");
        var records = plan.Single("aws:dynamodb/table:Table", "GameScoreRecords");
        var function = plan.Single("aws:lambda/function:Function", "AggregateScoresByUser");
        var queue = plan.Single("aws:sqs/queue:Queue", "AggregateScoresByUser-failures");

        Assert.Equal($"arn:aws:dynamodb:us-east-1:123456789012:table/{records.Str("name")}/stream/{MockArns.StreamLabel}", mapping.Str("eventSourceArn"));
        Assert.Equal($"arn:aws:lambda:us-east-1:123456789012:function:{function.Str("name")}", mapping.Str("functionName"));
        Assert.Equal("LATEST", mapping.Str("startingPosition"));
        Assert.Equal(100, mapping.Num("batchSize"));
        Assert.Equal(5, mapping.Num("maximumRetryAttempts"));
        Assert.False(mapping.Inputs.ContainsKey("maximumBatchingWindowInSeconds"));
        Assert.True((bool)mapping.Inputs["bisectBatchOnFunctionError"]);
        Assert.Equal(new object[] { "ReportBatchItemFailures" }, mapping.List("functionResponseTypes"));
        var onFailure = (IReadOnlyDictionary<string, object>)mapping.Map("destinationConfig")["onFailure"];
        Assert.Equal($"arn:aws:sqs:us-east-1:123456789012:{queue.Str("name")}", onFailure["destinationArn"]);
    }

    [Fact]
    public async Task Starting_position_follows_config()
    {
        var plan = await StackRun.EvaluateAsync("alice", ("labs", "[\"gameScores\"]"), ("streamStartingPosition", "TRIM_HORIZON"));
        var mapping = Assert.Single(plan.OfType("aws:lambda/eventSourceMapping:EventSourceMapping"));
        Assert.Equal("TRIM_HORIZON", mapping.Str("startingPosition"));
    }

    [Fact]
    public async Task Policy_names_exact_actions_on_exact_arns_and_nothing_else()
    {
        var plan = await StackRun.GameScoresAsync();
        var policy = plan.Single("aws:iam/rolePolicy:RolePolicy", "AggregateScoresByUser-policy");
        var role = plan.Single("aws:iam/role:Role", "AggregateScoresByUser-role");
        var records = plan.Single("aws:dynamodb/table:Table", "GameScoreRecords");
        var byUser = plan.Single("aws:dynamodb/table:Table", "GameScoresByUser");
        var logGroup = plan.Single("aws:cloudwatch/logGroup:LogGroup", "AggregateScoresByUser-logs");
        var queue = plan.Single("aws:sqs/queue:Queue", "AggregateScoresByUser-failures");
        const string account = "us-east-1:123456789012";

        Assert.Equal(role.Str("name"), policy.Str("role"));
        var statements = StackRun.Statements(policy).ToDictionary(s => s.Sid);
        Assert.Equal(["WriteOwnLogGroup", "AddScoresPerUserOnce", "ReadScoreRecordsStream", "SendFailedBatchesToOwnQueue"],
            StackRun.Statements(policy).Select(s => s.Sid).ToArray());
        Assert.Equal(["logs:CreateLogStream", "logs:PutLogEvents"], statements["WriteOwnLogGroup"].Actions);
        Assert.Equal([$"arn:aws:logs:{account}:log-group:{logGroup.Str("name")}:*"], statements["WriteOwnLogGroup"].Resources);
        Assert.Equal(["dynamodb:UpdateItem", "dynamodb:PutItem"], statements["AddScoresPerUserOnce"].Actions);
        Assert.Equal([$"arn:aws:dynamodb:{account}:table/{byUser.Str("name")}"], statements["AddScoresPerUserOnce"].Resources);
        Assert.Equal(["dynamodb:DescribeStream", "dynamodb:GetRecords", "dynamodb:GetShardIterator", "dynamodb:ListStreams"],
            statements["ReadScoreRecordsStream"].Actions);
        Assert.Equal([$"arn:aws:dynamodb:{account}:table/{records.Str("name")}/stream/{MockArns.StreamLabel}"],
            statements["ReadScoreRecordsStream"].Resources);
        Assert.Equal(["sqs:SendMessage"], statements["SendFailedBatchesToOwnQueue"].Actions);
        Assert.Equal([$"arn:aws:sqs:{account}:{queue.Str("name")}"], statements["SendFailedBatchesToOwnQueue"].Resources);
        Assert.All(statements.Values, s =>
        {
            Assert.DoesNotContain(s.Actions, a => a.Contains('*'));
            Assert.DoesNotContain(s.Resources, r => r == "*");
        });
    }

    [Fact]
    public async Task Outputs_expose_the_labs_tables_and_function_by_their_lab_names()
    {
        var plan = await StackRun.GameScoresAsync();
        var records = plan.Single("aws:dynamodb/table:Table", "GameScoreRecords");
        var function = plan.Single("aws:lambda/function:Function", "AggregateScoresByUser");

        Assert.Equal("alice", plan.Outputs["student"]);
        Assert.Equal("us-east-1", plan.Outputs["region"]);
        var lab = (IReadOnlyDictionary<string, object?>)plan.Outputs["gameScores"]!;
        var tables = (IReadOnlyDictionary<string, object?>)lab["tables"]!;
        var recordsOut = (IReadOnlyDictionary<string, object?>)tables["GameScoreRecords"]!;
        Assert.Equal(records.Str("name"), recordsOut["name"]);
        Assert.Equal($"arn:aws:dynamodb:us-east-1:123456789012:table/{records.Str("name")}", recordsOut["arn"]);
        Assert.EndsWith($"/stream/{MockArns.StreamLabel}", (string)recordsOut["streamArn"]!);
        Assert.True(tables.ContainsKey("GameScoresByUser"));
        var functions = (IReadOnlyDictionary<string, object?>)lab["functions"]!;
        var aggregate = (IReadOnlyDictionary<string, object?>)functions["AggregateScoresByUser"]!;
        Assert.Equal(function.Str("name"), aggregate["name"]);
        Assert.Empty((IReadOnlyDictionary<string, object?>)lab["streams"]!);
    }

    [Fact]
    public async Task Every_taggable_resource_carries_student_lab_stack_and_expiry()
    {
        var plan = await StackRun.GameScoresAsync();
        var untaggable = new[] { "aws:iam/rolePolicy:RolePolicy", "random:index/randomId:RandomId", "aws:cloudwatch/dashboard:Dashboard" };
        var suffix = plan.Single("random:index/randomId:RandomId", "student-suffix");
        var createdAt = DateTimeOffset.Parse((string)suffix.Map("keepers")["createdAt"]);

        foreach (var resource in plan.Resources.Where(r => !untaggable.Contains(r.Type)))
        {
            var tags = resource.Map("tags");
            Assert.Equal("alice", tags["student"]);
            Assert.Equal("gameScores", tags["lab"]);
            Assert.Equal("alice", tags["stack"]);
            Assert.Equal(createdAt.AddHours(72), DateTimeOffset.ParseExact((string)tags["expiry"], Lab.Infra.Building.StudentContext.ExpiryFormat,
                System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal));
        }
    }
}
