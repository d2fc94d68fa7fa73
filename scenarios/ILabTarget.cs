using Amazon.DynamoDBv2;
using Lab.Local;
using Lab.Streams;

namespace Lab.Scenarios;

/// <summary>
/// Where a lab scenario runs: the local engines with emulated triggers (`lab local`), or a deployed
/// stack (`lab verify`). Scenarios see only this, so both run the same checks.
/// </summary>
public interface ILabTarget
{
    StackOutputs Outputs { get; }
    IAmazonDynamoDB DynamoDb { get; }
    IKinesisClient Kinesis { get; }

    /// <summary>The DynamoDB endpoint override (local engines), or null for AWS itself.</summary>
    string? DynamoDbEndpoint { get; }

    /// <summary>Runs a scheduled function once, as its schedule would; returns its response JSON.</summary>
    Task<string> RunScheduledAsync(string lab, string function, IReadOnlyDictionary<string, string>? settings = null);

    /// <summary>The function's log lines so far.</summary>
    Task<IReadOnlyList<string>> LogsAsync(string lab, string function);

    /// <summary>Waits until the triggers have delivered everything written so far.</summary>
    Task SettleAsync(TimeSpan timeout);

    /// <summary>Reports progress to whoever watches the run.</summary>
    void Progress(string message);
}
