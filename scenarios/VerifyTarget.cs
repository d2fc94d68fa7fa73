using Amazon.DynamoDBv2;
using Amazon.Runtime;
using Lab.Local;
using Lab.Local.Emulation;
using Lab.Streams;

namespace Lab.Scenarios;

/// <summary>
/// A deployed stack (`lab verify`): tables and streams through the AWS APIs, a scheduled function run by a
/// synchronous Lambda Invoke, logs from CloudWatch Logs. Endpoints follow AWS_ENDPOINT_URL(_&lt;SERVICE&gt;).
/// </summary>
public sealed class VerifyTarget : ILabTarget, IDisposable
{
    /// <summary>How long SettleAsync waits before the first read; later reads poll (AWS has no "idle" signal).</summary>
    public static readonly TimeSpan SettleDelay = TimeSpan.FromSeconds(3);
    public static readonly TimeSpan RecheckInterval = TimeSpan.FromSeconds(2);

    private readonly ILambdaClient _lambda;
    private readonly ICloudWatchLogsClient _logs;
    private readonly Action<string> _progress;
    // Logs of earlier runs against the same stack must not count for this one.
    private readonly DateTimeOffset _started = DateTimeOffset.UtcNow.AddSeconds(-1);
    private readonly string _region;

    private VerifyTarget(StackOutputs outputs, IAmazonDynamoDB dynamoDb, string? dynamoDbEndpoint, IKinesisClient kinesis,
        ILambdaClient lambda, ICloudWatchLogsClient logs, string region, Action<string> progress)
    {
        Outputs = outputs;
        DynamoDb = dynamoDb;
        DynamoDbEndpoint = dynamoDbEndpoint;
        Kinesis = kinesis;
        _lambda = lambda;
        _logs = logs;
        _region = region;
        _progress = progress;
    }

    /// <summary>Clients for the outputs' stack from the standard AWS environment (credentials, region, endpoint overrides).</summary>
    public static async Task<VerifyTarget> CreateAsync(StackOutputs outputs, Func<string, string?> environment, Action<string> progress)
    {
        var region = AwsEndpoints.ResolveRegion(environment, outputs.Region);
        var credentials = await AwsCredentialChain.ResolveAsync(environment);
        AwsClientOptions Options(string service) =>
            new() { ServiceUrl = AwsEndpoints.Resolve(service, environment), Region = region, Credentials = credentials };

        var dynamoEndpoint = AwsEndpoints.Resolve(AwsEndpoints.DynamoDb, environment);
        var dynamoConfig = new AmazonDynamoDBConfig();
        if (dynamoEndpoint is not null)
        {
            dynamoConfig.ServiceURL = dynamoEndpoint;
            dynamoConfig.AuthenticationRegion = region;
        }
        else
        {
            dynamoConfig.RegionEndpoint = Amazon.RegionEndpoint.GetBySystemName(region);
        }
        AWSCredentials sdkCredentials = credentials.SessionToken is { } token
            ? new SessionAWSCredentials(credentials.AccessKeyId, credentials.SecretAccessKey, token)
            : new BasicAWSCredentials(credentials.AccessKeyId, credentials.SecretAccessKey);
        return new VerifyTarget(outputs, new AmazonDynamoDBClient(sdkCredentials, dynamoConfig), dynamoEndpoint,
            new KinesisClient(Options(AwsEndpoints.Kinesis)), new LambdaClient(Options(AwsEndpoints.Lambda)),
            new CloudWatchLogsClient(Options(AwsEndpoints.CloudWatchLogs)), region, progress);
    }

    public StackOutputs Outputs { get; }
    public IAmazonDynamoDB DynamoDb { get; }
    public IKinesisClient Kinesis { get; }
    public string? DynamoDbEndpoint { get; }
    public bool AppliesRunSettings => false;

    public async Task<string> RunScheduledAsync(string lab, string function, IReadOnlyDictionary<string, string>? settings = null)
    {
        var name = Outputs.FunctionName(lab, function);
        if (settings is { Count: > 0 })
            _progress($"{lab}: {function} runs with its deployed settings; this run's {string.Join(", ", settings.Keys)} apply only to lab local");
        var account = Outputs.FunctionArn(lab, function).Split(':') is { Length: > 4 } parts ? parts[4] : "000000000000";
        // The stack's scheduled functions time out within a minute; a call still open long after that is not coming back.
        using var deadline = new CancellationTokenSource(InvokeDeadline);
        LambdaInvokeResult result;
        try
        {
            result = await _lambda.InvokeAsync(name, ScheduledEvent.Json(_region, account, $"{name}-verify"), deadline.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            throw new TimeoutException($"{function} ({name}) did not answer within {InvokeDeadline.TotalSeconds:0} s");
        }
        return result.Succeeded
            ? result.Payload
            : throw new InvalidOperationException($"{function} ({name}) failed ({result.FunctionError}): {result.Payload}");
    }

    public static readonly TimeSpan InvokeDeadline = TimeSpan.FromMinutes(3);

    /// <summary>How long one read of a function's logs may page through FilterLogEvents.</summary>
    public static TimeSpan LogsDeadline { get; internal set; } = TimeSpan.FromSeconds(60);

    public async Task<IReadOnlyList<string>> LogsAsync(string lab, string function)
    {
        var group = $"/aws/lambda/{Outputs.FunctionName(lab, function)}";
        using var deadline = new CancellationTokenSource(LogsDeadline);
        try
        {
            var events = await _logs.FilterLogEventsAsync(group, _started, deadline.Token);
            return events.OrderBy(e => e.Timestamp).Select(e => e.Message.TrimEnd('\n')).ToList();
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            throw new TimeoutException($"FilterLogEvents on {group} was still paging after {LogsDeadline.TotalSeconds:0} s");
        }
    }

    public async Task<CheckResult?> WaitForTriggersAsync(string lab, TimeSpan timeout) =>
        await TriggerReadiness.WaitAsync(_lambda, Outputs, lab, timeout, _progress);

    public Task SettleAsync(TimeSpan timeout) => Task.Delay(timeout < SettleDelay ? timeout : SettleDelay);

    public async Task<T> ReadSettledAsync<T>(Func<Task<T>> read, Func<T, bool> holds, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var value = await read();
            if (holds(value) || DateTime.UtcNow >= deadline) return value;
            await Task.Delay(RecheckInterval);
        }
    }

    public void Progress(string message) => _progress(message);

    public void Dispose() => DynamoDb.Dispose();
}
