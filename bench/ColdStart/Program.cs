using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using Lab.Bench.ColdStart;
using Lab.Engines;

// scripts/bench coldstart [--runs N] [--sdk real|offline]: publishes functions/ twice (JIT, and ReadyToRun for this
// machine's RID), then starts each of three handlers N times per mode, interleaved, each in a fresh host process that
// loads the package as the Lambda .NET runtime does; prints the medians and writes artifacts/bench/coldstart.md.
var runs = Arguments.Int(args, "--runs", 10);
var sdk = Arguments.Text(args, "--sdk", "real");
var root = RepoPaths.Root;
var work = Path.Combine(root, "artifacts", "bench", "coldstart");
var rid = RuntimeInformation.RuntimeIdentifier;

Console.Error.WriteLine($"coldstart: publishing functions/ (JIT, and ReadyToRun for {rid}) and the host, LabSdk={sdk}");
var modes = new Dictionary<string, string>
{
    ["JIT"] = Publish.Run(root, "functions/Lab.Functions.csproj", Path.Combine(work, "jit"), sdk),
    ["ReadyToRun"] = Publish.Run(root, "functions/Lab.Functions.csproj", Path.Combine(work, "r2r"), sdk, "-r", rid, "--self-contained", "false", "-p:PublishReadyToRun=true"),
};
var host = Path.Combine(Publish.Run(root, "bench/ColdStartHost/Lab.Bench.ColdStartHost.csproj", Path.Combine(work, "host"), sdk), "Lab.Bench.ColdStartHost.dll");

await using var dynamo = await DynamoDbLocal.StartAsync(root);
using var client = new AmazonDynamoDBClient(new BasicAWSCredentials("bench", "bench"), new AmazonDynamoDBConfig { ServiceURL = dynamo.Endpoint, AuthenticationRegion = "us-east-1" });
foreach (var (table, key) in new[] { ("GameScoresByUser", "Username"), ("AggregateTable", "Identifier"), ("ParameterTable", "parameter") })
{
    await client.CreateTableAsync(new CreateTableRequest
    {
        TableName = table, BillingMode = BillingMode.PAY_PER_REQUEST,
        AttributeDefinitions = [new(key, ScalarAttributeType.S)], KeySchema = [new(key, KeyType.HASH)],
    });
}

var environment = new Dictionary<string, string>
{
    ["AWS_ENDPOINT_URL_DYNAMODB"] = dynamo.Endpoint, ["AWS_REGION"] = "us-east-1", ["AWS_ACCESS_KEY_ID"] = "bench", ["AWS_SECRET_ACCESS_KEY"] = "bench",
    ["GAME_SCORES_BY_USER_TABLE"] = "GameScoresByUser", ["AGGREGATE_TABLE"] = "AggregateTable", ["PARAMETER_TABLE"] = "ParameterTable",
};
var results = new List<(string Function, string Mode, Dictionary<string, double> Phases, double Wall)>();
foreach (var function in Events.Functions)
{
    for (var run = 0; run < runs; run++)
    {
        foreach (var (mode, package) in modes)
        {
            var eventFile = Path.Combine(work, $"{function.Name}-event.json");
            await File.WriteAllTextAsync(eventFile, function.Event(Guid.NewGuid().ToString("N")));
            var (phases, wall) = await HostRun.RunAsync(host, package, function.Handler, eventFile, environment);
            results.Add((function.Name, mode, phases, wall));
        }
    }
    Console.Error.WriteLine($"coldstart: {function.Name} done ({runs} runs per mode)");
}

var report = Report.Markdown(results, runs, rid);
Console.WriteLine(report);
Directory.CreateDirectory(work);
await File.WriteAllTextAsync(Path.Combine(root, "artifacts", "bench", "coldstart.md"), report);
