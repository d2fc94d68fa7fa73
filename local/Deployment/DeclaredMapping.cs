namespace Lab.Local.Deployment;

/// <summary>An event source mapping's settings, by the names the stack declared them with.</summary>
public sealed record DeclaredMapping(
    string Name,
    string EventSourceArn,
    string FunctionArn,
    string StartingPosition,
    int BatchSize,
    int MaximumBatchingWindowInSeconds,
    int MaximumRetryAttempts,
    bool BisectBatchOnFunctionError,
    bool ReportBatchItemFailures,
    int ParallelizationFactor,
    string? OnFailureDestinationArn)
{
    public bool IsKinesis => EventSourceArn.StartsWith("arn:aws:kinesis:", StringComparison.Ordinal);
}
