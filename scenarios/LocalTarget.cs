using Amazon.DynamoDBv2;
using Lab.Local.Deployment;
using Lab.Local.Emulation;
using Lab.Local;
using Lab.Streams;

namespace Lab.Scenarios;

/// <summary>The local engines with the stack's triggers emulated in process.</summary>
public sealed class LocalTarget(
    StackOutputs outputs, LocalEngines engines, LocalDeployment deployment, FunctionHost host,
    EventSourceMappingEmulator mappings, Action<string> progress) : ILabTarget
{
    public StackOutputs Outputs => outputs;
    public IAmazonDynamoDB DynamoDb => engines.DynamoDb;
    public IKinesisClient Kinesis => engines.Kinesis;
    public string? DynamoDbEndpoint => engines.DynamoDbEndpoint;
    public bool AppliesRunSettings => true;

    public async Task<string> RunScheduledAsync(string lab, string function, IReadOnlyDictionary<string, string>? settings = null)
    {
        var result = await new ScheduleEmulator(deployment, host).FireAsync(function, settings);
        return result.Succeeded
            ? result.ResponseJson ?? "null"
            : throw new InvalidOperationException($"{function} failed: {result.Error}");
    }

    public Task<IReadOnlyList<string>> LogsAsync(string lab, string function) => Task.FromResult(host.Logs(function));

    // The emulated mappings hold their shard positions before the deployment is handed out.
    public Task<CheckResult?> WaitForTriggersAsync(string lab, TimeSpan timeout) => Task.FromResult<CheckResult?>(null);

    public Task SettleAsync(TimeSpan timeout) => mappings.WaitForIdleAsync(timeout);

    // The emulated mappings were idle when SettleAsync returned: nothing can change the answer any more.
    public Task<T> ReadSettledAsync<T>(Func<Task<T>> read, Func<T, bool> holds, TimeSpan timeout) => read();

    public void Progress(string message) => progress(message);
}
