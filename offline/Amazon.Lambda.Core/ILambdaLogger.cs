namespace Amazon.Lambda.Core
{
    using System;

    /// <summary>Facade of Amazon.Lambda.Core's LogLevel (declared beside ILambdaLogger, as in the real source).</summary>
    public enum LogLevel
    {
        Trace = 0,
        Debug = 1,
        Information = 2,
        Warning = 3,
        Error = 4,
        Critical = 5
    }

    /// <summary>
    /// Facade of Amazon.Lambda.Core's ILambdaLogger. Implementers write Log and LogLine; every other
    /// member is a default interface member in the real package too, so a class implementing only
    /// those two compiles against either. The defaults here route everything to LogLine.
    /// </summary>
    public interface ILambdaLogger
    {
        void Log(string message);

        void LogLine(string message);

        void Log(string level, string message) => LogLine(message);

        void Log(LogLevel level, string message) => Log(level.ToString(), message);

        void LogTrace(string message) => Log(LogLevel.Trace.ToString(), message);

        void LogDebug(string message) => Log(LogLevel.Debug.ToString(), message);

        void LogInformation(string message) => Log(LogLevel.Information.ToString(), message);

        void LogWarning(string message) => Log(LogLevel.Warning.ToString(), message);

        void LogError(string message) => Log(LogLevel.Error.ToString(), message);

        void LogCritical(string message) => Log(LogLevel.Critical.ToString(), message);

        // As in the real 2.8.0 (ILambdaLogger.cs): this default calls itself, so an implementation that relies on it
        // recurses until the stack overflows. Implementations override it (the Lambda runtime's logger does).
        void Log(string level, string message, params object[] args) => Log(level, message, args);

        void Log(string level, Exception exception, string message, params object[] args)
        {
            Log(level, message, args);
            Log(level, exception.ToString(), args);
        }

        void Log(LogLevel level, string message, params object[] args) => Log(level.ToString(), message, args);

        void Log(LogLevel level, Exception exception, string message, params object[] args) => Log(level.ToString(), exception, message, args);

        void LogTrace(string message, params object[] args) => Log(LogLevel.Trace.ToString(), message, args);

        void LogTrace(Exception exception, string message, params object[] args) => Log(LogLevel.Trace.ToString(), exception, message, args);

        void LogDebug(string message, params object[] args) => Log(LogLevel.Debug.ToString(), message, args);

        void LogDebug(Exception exception, string message, params object[] args) => Log(LogLevel.Debug.ToString(), exception, message, args);

        void LogInformation(string message, params object[] args) => Log(LogLevel.Information.ToString(), message, args);

        void LogInformation(Exception exception, string message, params object[] args) => Log(LogLevel.Information.ToString(), exception, message, args);

        void LogWarning(string message, params object[] args) => Log(LogLevel.Warning.ToString(), message, args);

        void LogWarning(Exception exception, string message, params object[] args) => Log(LogLevel.Warning.ToString(), exception, message, args);

        void LogError(string message, params object[] args) => Log(LogLevel.Error.ToString(), message, args);

        void LogError(Exception exception, string message, params object[] args) => Log(LogLevel.Error.ToString(), exception, message, args);

        void LogCritical(string message, params object[] args) => Log(LogLevel.Critical.ToString(), message, args);

        void LogCritical(Exception exception, string message, params object[] args) => Log(LogLevel.Critical.ToString(), exception, message, args);
    }
}
