using System;

namespace Pulumi
{
    /// <summary>
    /// Logging to the engine. Offline, warnings and errors go to standard error; an error also fails the
    /// run (TestAsync throws it), as with the real mock engine. Debug and info messages are dropped.
    /// </summary>
    public static class Log
    {
        public static void Debug(string message, Resource? resource = null, int? streamId = null, bool? ephemeral = null)
        {
        }

        public static void Info(string message, Resource? resource = null, int? streamId = null, bool? ephemeral = null)
        {
        }

        public static void Warn(string message, Resource? resource = null, int? streamId = null, bool? ephemeral = null)
            => Console.Error.WriteLine($"warning: {message}");

        public static void Error(string message, Resource? resource = null, int? streamId = null, bool? ephemeral = null)
        {
            Console.Error.WriteLine($"error: {message}");
            OfflineDeployment.Current?.LogError(message);
        }

        public static void Exception(Exception exception, Resource? resource = null, int? streamId = null, bool? ephemeral = null)
            => Error(exception.ToString(), resource, streamId, ephemeral);
    }
}
