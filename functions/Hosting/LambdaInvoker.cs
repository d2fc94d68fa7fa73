namespace Lab.Functions.Hosting;

public sealed record InvocationResult(
    string FunctionName,
    bool Succeeded,
    string? ResponseJson,
    IReadOnlyList<string> LogLines,
    string? Error,
    TimeSpan Duration);

/// <summary>
/// Runs one handler in this process, as Lambda would: the event JSON through the functions' serializer, a
/// context whose logger captures the lines, the response serialised back. The environment values play the
/// role of the function's environment variables (table names, STAGE, AWS_ENDPOINT_URL_DYNAMODB, ...).
/// A handler exception is reported as a failed invocation, not thrown.
/// </summary>
public static class LambdaInvoker
{
    public static async Task<InvocationResult> InvokeAsync(
        string functionName,
        IReadOnlyDictionary<string, string> environment,
        string eventJson,
        Action<string>? echoLogLine = null)
    {
        var entry = FunctionCatalog.Find(functionName) ?? throw new ArgumentException(
            $"Unknown function '{functionName}'. Valid names: {string.Join(", ", FunctionCatalog.Names)}.", nameof(functionName));
        var logger = new CapturingLambdaLogger(echoLogLine);
        var context = new InProcessLambdaContext(entry.Name, entry.Timeout, logger);
        var started = DateTimeOffset.UtcNow;
        try
        {
            var settings = Shared.FunctionSettings.From(entry.Name, environment);
            var response = await entry.Invoke(settings, eventJson, context);
            return new InvocationResult(entry.Name, true, response, logger.Lines, null, DateTimeOffset.UtcNow - started);
        }
        catch (Exception error)
        {
            logger.LogLine($"[Error] {error.GetType().Name}: {error.Message}");
            return new InvocationResult(entry.Name, false, null, logger.Lines, $"{error.GetType().Name}: {error.Message}", DateTimeOffset.UtcNow - started);
        }
    }
}
