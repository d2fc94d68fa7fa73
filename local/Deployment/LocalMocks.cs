using System.Collections;
using System.Collections.Immutable;
using Lab.Infra.Planning;
using Lab.Streams;

namespace Lab.Local.Deployment;

/// <summary>
/// The plan mocks, plus: every declared table and Kinesis stream is created in the local engines (with
/// the outputs the engines report), and functions, mappings and schedules are recorded to be run.
/// </summary>
public sealed class LocalMocks(MockArns arns, LocalEngines engines, LocalDeployment deployment) : PlanMocks(arns)
{
    private static readonly TimeSpan StreamActiveTimeout = TimeSpan.FromSeconds(30);

    protected override async Task<ImmutableDictionary<string, object>> MaterializeAsync(
        string type, string name, ImmutableDictionary<string, object> inputs, ImmutableDictionary<string, object> computed)
    {
        switch (type)
        {
            case "aws:dynamodb/table:Table":
                var table = await new LocalTableProvisioner(engines.DynamoDb).ProvisionAsync(Nullable(inputs), name);
                deployment.AddTable(table.Name);
                computed = computed.SetItem("arn", table.Arn).SetItem("name", table.Name);
                return table.StreamArn is null ? computed.Remove("streamArn") : computed.SetItem("streamArn", table.StreamArn);
            case "aws:kinesis/stream:Stream":
                deployment.AddStream(Text(inputs, "name", name));
                return computed.SetItem("arn", await CreateStreamAsync(Text(inputs, "name", name), (int)Number(inputs, "shardCount", name)));
            case "aws:lambda/function:Function":
                deployment.Add(new DeclaredFunction(name, Text(inputs, "name", name), (string)computed["arn"], Text(inputs, "handler", name), Variables(inputs),
                    // Lambda's defaults when the stack says nothing: 3 s, no reservation.
                    (int)Number(inputs, "timeout", name, fallback: 3),
                    inputs.TryGetValue("reservedConcurrentExecutions", out var reserved) ? (int)Convert.ToDouble(reserved) : null));
                return computed;
            case "aws:lambda/eventSourceMapping:EventSourceMapping":
                deployment.Add(Mapping(name, inputs));
                return computed;
            case "aws:cloudwatch/eventRule:EventRule":
                deployment.Add(new DeclaredSchedule(Text(inputs, "name", name), Text(inputs, "scheduleExpression", name),
                    !inputs.TryGetValue("state", out var state) || (string)state == "ENABLED", null));
                return computed;
            case "aws:cloudwatch/eventTarget:EventTarget":
                deployment.AddTarget(Text(inputs, "rule", name), Text(inputs, "arn", name));
                return computed;
            case "aws:sqs/queue:Queue":
                deployment.AddQueue((string)computed["arn"]);
                return computed;
            default:
                return computed;
        }
    }

    private async Task<string> CreateStreamAsync(string streamName, int shardCount)
    {
        await engines.Kinesis.CreateStreamAsync(streamName, shardCount);
        var deadline = DateTime.UtcNow + StreamActiveTimeout;
        while (true)
        {
            var summary = await engines.Kinesis.DescribeStreamSummaryAsync(streamName);
            if (summary.StreamStatus == "ACTIVE") return summary.StreamArn;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Kinesis stream '{streamName}' is still {summary.StreamStatus} after {StreamActiveTimeout.TotalSeconds:0} s.");
            await Task.Delay(50);
        }
    }

    private static DeclaredMapping Mapping(string name, ImmutableDictionary<string, object> inputs)
    {
        var responseTypes = inputs.TryGetValue("functionResponseTypes", out var types) ? ((IEnumerable)types).Cast<object>().Select(t => $"{t}") : [];
        var onFailure = inputs.TryGetValue("destinationConfig", out var destination)
            && destination is IReadOnlyDictionary<string, object> config && config.TryGetValue("onFailure", out var failure)
            && failure is IReadOnlyDictionary<string, object> target && target.TryGetValue("destinationArn", out var arn)
            ? (string)arn : null;
        return new DeclaredMapping(
            name,
            Text(inputs, "eventSourceArn", name),
            Text(inputs, "functionName", name),
            inputs.TryGetValue("startingPosition", out var position) ? (string)position : "LATEST",
            (int)Number(inputs, "batchSize", name, fallback: 100),
            (int)Number(inputs, "maximumBatchingWindowInSeconds", name, fallback: 0),
            (int)Number(inputs, "maximumRetryAttempts", name, fallback: -1),
            inputs.TryGetValue("bisectBatchOnFunctionError", out var bisect) && bisect is true,
            responseTypes.Contains("ReportBatchItemFailures"),
            (int)Number(inputs, "parallelizationFactor", name, fallback: 1),
            onFailure);
    }

    private static IReadOnlyDictionary<string, string> Variables(ImmutableDictionary<string, object> inputs) =>
        inputs.TryGetValue("environment", out var environment) && environment is IReadOnlyDictionary<string, object> env
        && env.TryGetValue("variables", out var variables) && variables is IReadOnlyDictionary<string, object> map
            ? map.ToDictionary(pair => pair.Key, pair => $"{pair.Value}")
            : new Dictionary<string, string>();

    private static string Text(ImmutableDictionary<string, object> inputs, string key, string resource) =>
        inputs.TryGetValue(key, out var value) && value is string text
            ? text
            : throw new InvalidOperationException($"Local mode: resource '{resource}' has no string input '{key}' (unknown at preview?).");

    private static double Number(ImmutableDictionary<string, object> inputs, string key, string resource, double? fallback = null) =>
        inputs.TryGetValue(key, out var value) ? Convert.ToDouble(value)
        : fallback ?? throw new InvalidOperationException($"Local mode: resource '{resource}' has no number input '{key}'.");

    private static IReadOnlyDictionary<string, object?> Nullable(ImmutableDictionary<string, object> inputs) =>
        inputs.ToDictionary(pair => pair.Key, pair => (object?)pair.Value);
}
