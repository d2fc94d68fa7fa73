using System.Collections.Concurrent;
using System.Collections.Immutable;
using Pulumi;
using Pulumi.Aws;
using Pulumi.Aws.CloudWatch;
using Pulumi.Aws.DynamoDB;
using Pulumi.Aws.DynamoDB.Inputs;
using Pulumi.Aws.Iam;
using Pulumi.Aws.Kinesis;
using Pulumi.Aws.Lambda;
using Pulumi.Aws.Sqs;
using Pulumi.Random;
using Pulumi.Testing;

namespace Lab.Fidelity.Tests;

/// <summary>
/// Runs every facade resource and invoke through the offline engine's mock hooks: the token each one
/// hands the engine (the string in its constructor / invoke call, which reflection cannot see) must be
/// the schema's, and values must round-trip through the wire names in both directions.
/// </summary>
public sealed class RegistrationTests
{
    private const string AccountId = "123456789012";

    [Fact]
    public async Task Resources_and_invokes_reach_the_engine_with_the_schema_tokens_and_wire_names()
    {
        var schema = new AwsSchema(RepoRoot.Path);
        var mocks = new RecordingMocks();
        var codeDirectory = Directory.CreateTempSubdirectory("lab-fidelity-code-").FullName;
        File.WriteAllText(Path.Combine(codeDirectory, "bootstrap.dll"), "placeholder");
        var observed = new ConcurrentDictionary<string, object?>();
        try
        {
            await Deployment.TestAsync(mocks, new TestOptions { IsPreview = false, ProjectName = "fidelity", StackName = "test" }, async () =>
            {
                var table = new Table("table", new TableArgs
                {
                    HashKey = "pk",
                    BillingMode = "PAY_PER_REQUEST",
                    Attributes = { new TableAttributeArgs { Name = "pk", Type = "S" } },
                    StreamEnabled = true,
                    StreamViewType = "NEW_IMAGE",
                });
                _ = new Pulumi.Aws.Kinesis.Stream("stream", new StreamArgs { ShardCount = 1 });
                var role = new Role("role", new RoleArgs { AssumeRolePolicy = "{}" });
                _ = new RolePolicy("policy", new RolePolicyArgs { Role = role.Name, Policy = "{}" });
                var function = new Function("function", new FunctionArgs
                {
                    Role = role.Arn,
                    Runtime = Pulumi.Aws.Lambda.Runtime.Dotnet10,
                    Handler = "bootstrap",
                    Code = new FileArchive(codeDirectory),
                });
                _ = new EventSourceMapping("mapping", new EventSourceMappingArgs { FunctionName = function.Name, EventSourceArn = table.StreamArn });
                _ = new Permission("permission", new PermissionArgs { Action = "lambda:InvokeFunction", Function = function.Name, Principal = "events.amazonaws.com" });
                _ = new LogGroup("logs", new LogGroupArgs { RetentionInDays = 1 });
                var rule = new EventRule("rule", new EventRuleArgs { ScheduleExpression = "rate(1 minute)" });
                _ = new EventTarget("target", new EventTargetArgs { Rule = rule.Name, Arn = function.Arn });
                _ = new Dashboard("dashboard", new DashboardArgs { DashboardName = "d", DashboardBody = "{}" });
                _ = new Queue("queue", new QueueArgs { SqsManagedSseEnabled = true });
                _ = new RandomId("id", new RandomIdArgs { ByteLength = 4 });
                _ = new RandomString("string", new RandomStringArgs { Length = 6 });

                observed["hashKey"] = await ValueOf(table.HashKey);
                observed["arn"] = await ValueOf(table.Arn);
                observed["accountId"] = (await GetCallerIdentity.InvokeAsync()).AccountId;
                observed["region"] = (await GetRegion.InvokeAsync()).Region;
                observed["dnsSuffix"] = (await GetPartition.InvokeAsync()).DnsSuffix;
            });
        }
        finally
        {
            Directory.Delete(codeDirectory, recursive: true);
        }

        foreach (var (name, type) in mocks.Registered)
        {
            var parts = type.Split(':', '/');
            var expected = parts[0] == "aws" ? schema.ResourceToken(parts[1], parts[2]) : type;
            Assert.True(expected == type, $"resource '{name}' registered as {type}, schema says {expected ?? "(no such resource)"}");
        }
        Assert.Equal(14, mocks.Registered.Count);
        Assert.Contains(("id", "random:index/randomId:RandomId"), mocks.Registered);
        Assert.Contains(("string", "random:index/randomString:RandomString"), mocks.Registered);
        Assert.Equal(
            new[] { "getCallerIdentity", "getPartition", "getRegion" }.Select(f => schema.InvokeToken("index", f)).OrderBy(t => t),
            mocks.Calls.OrderBy(t => t));

        Assert.Equal("pk", observed["hashKey"]);
        Assert.Equal("arn:aws:mock:::table", observed["arn"]);
        Assert.Equal(AccountId, observed["accountId"]);
        Assert.Equal("eu-west-1", observed["region"]);
        Assert.Equal("amazonaws.com", observed["dnsSuffix"]);
        Assert.Equal("dotnet10", mocks.FunctionRuntime);
    }

    private static Task<T> ValueOf<T>(Output<T> output)
    {
        var value = new TaskCompletionSource<T>();
        output.Apply(v => { value.TrySetResult(v); return v; });
        return value.Task;
    }

    /// <summary>Echoes inputs as state (plus an arn) and answers the three invokes with every result field, keyed by wire name.</summary>
    private sealed class RecordingMocks : IMocks
    {
        public ConcurrentBag<(string Name, string Type)> Registered { get; } = new();
        public ConcurrentBag<string> Calls { get; } = new();
        public string? FunctionRuntime { get; private set; }

        public Task<(string? id, object state)> NewResourceAsync(MockResourceArgs args)
        {
            Registered.Add((args.Name!, args.Type!));
            if (args.Type == "aws:lambda/function:Function" && args.Inputs.TryGetValue("runtime", out var runtime))
                FunctionRuntime = runtime?.ToString();
            var state = args.Inputs.SetItem("arn", $"arn:aws:mock:::{args.Name}");
            return Task.FromResult<(string?, object)>(($"{args.Name}-id", state));
        }

        public Task<object> CallAsync(MockCallArgs args)
        {
            Calls.Add(args.Token!);
            object result = args.Token switch
            {
                "aws:index/getCallerIdentity:getCallerIdentity" => new Dictionary<string, object>
                {
                    ["accountId"] = AccountId, ["arn"] = $"arn:aws:iam::{AccountId}:user/lab", ["id"] = AccountId, ["userId"] = "AIDA",
                },
                "aws:index/getRegion:getRegion" => new Dictionary<string, object>
                {
                    ["description"] = "Europe (Ireland)", ["endpoint"] = "ec2.eu-west-1.amazonaws.com", ["id"] = "eu-west-1",
                    ["name"] = "eu-west-1", ["region"] = "eu-west-1",
                },
                "aws:index/getPartition:getPartition" => new Dictionary<string, object>
                {
                    ["dnsSuffix"] = "amazonaws.com", ["id"] = "aws", ["partition"] = "aws", ["reverseDnsPrefix"] = "com.amazonaws",
                },
                _ => throw new InvalidOperationException($"Unexpected invoke {args.Token}"),
            };
            return Task.FromResult(result);
        }
    }
}
