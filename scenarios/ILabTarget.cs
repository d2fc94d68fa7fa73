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

    /// <summary>
    /// False on a deployed stack: a scheduled function runs with its deployed environment, so the per-run
    /// settings given to <see cref="RunScheduledAsync"/> are not applied there.
    /// </summary>
    bool AppliesRunSettings { get; }

    /// <summary>Runs a scheduled function once, as its schedule would; returns its response JSON.</summary>
    /// <param name="settings">Extra environment for this run only; applied only where <see cref="AppliesRunSettings"/>.</param>
    Task<string> RunScheduledAsync(string lab, string function, IReadOnlyDictionary<string, string>? settings = null);

    /// <summary>The function's log lines so far (on a deployed stack: since this run started).</summary>
    Task<IReadOnlyList<string>> LogsAsync(string lab, string function);

    /// <summary>
    /// Waits until every event source mapping of the lab's functions polls (state Enabled): a new mapping can take
    /// minutes to start. Returns the check to report (passing or not), or null where the triggers are known to run.
    /// </summary>
    Task<CheckResult?> WaitForTriggersAsync(string lab, TimeSpan timeout);

    /// <summary>Waits until the triggers have delivered everything written so far.</summary>
    Task SettleAsync(TimeSpan timeout);

    /// <summary>
    /// Reads a result after <see cref="SettleAsync"/>. Locally the triggers are idle by then, so one read is the
    /// answer; a deployed stack has no idle signal, so it reads again until <paramref name="holds"/> or the timeout.
    /// </summary>
    Task<T> ReadSettledAsync<T>(Func<Task<T>> read, Func<T, bool> holds, TimeSpan timeout);

    /// <summary>Reports progress to whoever watches the run.</summary>
    void Progress(string message);
}
