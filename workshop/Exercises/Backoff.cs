namespace Lab.Workshop.Exercises;

/// <summary>
/// Exponential backoff with full jitter (delay uniformly in [0, min(cap, base·2^attempt)]): many
/// throttled workers retrying in step would throttle each other again.
/// </summary>
public sealed class Backoff(TimeSpan baseDelay, TimeSpan cap, int maxAttempts)
{
    public static Backoff Default { get; } = new(TimeSpan.FromMilliseconds(50), TimeSpan.FromSeconds(5), 12);

    public int MaxAttempts { get; } = maxAttempts;

    public TimeSpan UpperBound(int attempt) =>
        TimeSpan.FromMilliseconds(Math.Min(cap.TotalMilliseconds, baseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, 30))));

    public TimeSpan Delay(int attempt) => UpperBound(attempt) * Random.Shared.NextDouble();
}
