using Amazon.Lambda.Core;

namespace Lab.Functions.Hosting;

/// <summary>An ILambdaLogger that keeps every line (the in-process stand-in for CloudWatch Logs). Thread-safe.</summary>
public sealed class CapturingLambdaLogger : ILambdaLogger
{
    private readonly List<string> lines = new();
    private readonly Action<string>? echo;

    public CapturingLambdaLogger(Action<string>? echo = null)
    {
        this.echo = echo;
    }

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (lines)
            {
                return lines.ToList();
            }
        }
    }

    public void Log(string message) => Add(message);

    public void LogLine(string message) => Add(message);

    public void Log(string level, string message) => Add($"[{level}] {message}");

    // Amazon.Lambda.Core's default for this overload calls itself (2.8.0): every logger must supply its own.
    public void Log(string level, string message, params object[] args) =>
        Add($"[{level}] {(args.Length == 0 ? message : $"{message} {string.Join(" ", args)}")}");

    public void Log(string level, Exception exception, string message, params object[] args)
    {
        Log(level, message, args);
        Add($"[{level}] {exception}");
    }

    private void Add(string line)
    {
        lock (lines)
        {
            lines.Add(line);
        }
        echo?.Invoke(line);
    }
}
