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
    /// <param name="timeout">The function's timeout (default: the one the stack declares for it). As on Lambda, an
    /// invocation still running then is reported as failed ("Task timed out after N seconds"); in process the handler
    /// cannot be stopped, so its late writes may still land, as a timed-out Lambda's in-flight requests can.</param>
    public static async Task<InvocationResult> InvokeAsync(
        string functionName,
        IReadOnlyDictionary<string, string> environment,
        string eventJson,
        Action<string>? echoLogLine = null,
        TimeSpan? timeout = null)
    {
        var entry = FunctionCatalog.Find(functionName) ?? throw new ArgumentException(
            $"Unknown function '{functionName}'. Valid names: {string.Join(", ", FunctionCatalog.Names)}.", nameof(functionName));
        var limit = timeout ?? entry.Timeout;
        var logger = new CapturingLambdaLogger(echoLogLine);
        var context = new InProcessLambdaContext(entry.Name, limit, logger);
        var started = DateTimeOffset.UtcNow;
        try
        {
            var settings = Shared.FunctionSettings.From(entry.Name, environment);
            var invocation = Task.Run(() => entry.Invoke(settings, eventJson, context));
            if (await Task.WhenAny(invocation, Task.Delay(limit)) != invocation)
            {
                _ = invocation.ContinueWith(t => t.Exception, TaskContinuationOptions.OnlyOnFaulted);  // observed: it may fail later
                var message = $"Task timed out after {limit.TotalSeconds:0.##} seconds";
                logger.LogLine($"[Error] {message}");
                return new InvocationResult(entry.Name, false, null, logger.Lines, $"TimeoutError: {message}", DateTimeOffset.UtcNow - started);
            }
            var response = await invocation;
            return new InvocationResult(entry.Name, true, response, logger.Lines, null, DateTimeOffset.UtcNow - started);
        }
        catch (Exception error)
        {
            logger.LogLine($"[Error] {error.GetType().Name}: {error.Message}");
            return new InvocationResult(entry.Name, false, null, logger.Lines, $"{error.GetType().Name}: {error.Message}", DateTimeOffset.UtcNow - started);
        }
    }
}
