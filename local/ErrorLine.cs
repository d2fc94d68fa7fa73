namespace Lab.Local;

/// <summary>
/// One line that says what went wrong, for people (no stack traces for their mistakes or their machine's):
/// wrappers are looked through (aggregate, target-invocation, and the Pulumi runner's "Running program '…' failed
/// with an unhandled exception:" report, whose next line is the exception itself).
/// </summary>
public static class ErrorLine
{
    private const string RunnerReport = "failed with an unhandled exception:";

    public static string Of(Exception error)
    {
        while (error is AggregateException { InnerExceptions.Count: 1 } or System.Reflection.TargetInvocationException { InnerException: not null })
            error = error.InnerException!;
        var message = error.Message;
        var report = message.IndexOf(RunnerReport, StringComparison.Ordinal);
        if (report >= 0)
        {
            // "<Type>: <message>" of the program's exception: drop the namespace, keep the message.
            var inner = FirstLine(message[(report + RunnerReport.Length)..].TrimStart('\r', '\n', ' '));
            var colon = inner.IndexOf(": ", StringComparison.Ordinal);
            return colon > 0 && !inner[..colon].Contains(' ') ? inner[(colon + 2)..] : inner;
        }
        return error switch
        {
            HttpRequestException { InnerException: System.Net.Sockets.SocketException socket } => $"{FirstLine(message)} ({socket.SocketErrorCode})",
            TimeoutException or OperationCanceledException => FirstLine(message),
            _ when error.GetType().Namespace?.StartsWith("Lab.", StringComparison.Ordinal) == true => FirstLine(message),
            _ => $"{error.GetType().Name}: {FirstLine(message)}",
        };
    }

    private static string FirstLine(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        return (end < 0 ? text : text[..end]).Trim();
    }
}
