namespace Amazon.Lambda.Core
{
    using System;

    /// <summary>Facade of Amazon.Lambda.Core's static LambdaLogger. Outside Lambda the real one writes to Console.Out; so does this.</summary>
    public static class LambdaLogger
    {
        public static void Log(string message) => Console.WriteLine(message);

        public static void Log(string level, string message, params object[] args) =>
            Console.WriteLine(level + ": " + LogFormatting.WithArguments(message, args));

        public static void Log(LogLevel level, string message, params object[] args) => Log(level.ToString(), message, args);

        public static void Log(string level, Exception exception, string message, params object[] args)
        {
            Log(level, message, args);
            Console.WriteLine(exception);
        }

        public static void Log(LogLevel level, Exception exception, string message, params object[] args) =>
            Log(level.ToString(), exception, message, args);
    }
}
