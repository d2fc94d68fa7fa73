namespace Lab.Infra.Building;

/// <summary>How a function consumes a stream: the event source mapping's settings from LABS.md.</summary>
public sealed record StreamTriggerSpec
{
    public required string StartingPosition { get; init; }
    public int BatchSize { get; init; } = 100;
    public int? MaximumBatchingWindowInSeconds { get; init; }

    /// <summary>Bounded by default; -1 retries until the record expires (MapLambda and ReduceLambda need that).</summary>
    public int MaximumRetryAttempts { get; init; } = 5;
    public bool BisectBatchOnFunctionError { get; init; } = true;
    public bool ReportBatchItemFailures { get; init; } = true;
    public int? ParallelizationFactor { get; init; }
}
