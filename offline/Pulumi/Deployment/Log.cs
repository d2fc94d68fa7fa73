using System;

namespace Pulumi
{
    /// <summary>
    /// Logging to the engine. As in the real SDK under Deployment.TestAsync, nothing is printed (its console logger
    /// writes only at Fatal level): debug, info and warning messages go nowhere, and an error is recorded and fails
    /// the run (TestAsync throws a RunException with its exact text). Outside a run every call fails, as the real
    /// one's Deployment.Instance does.
    /// </summary>
    public static class Log
    {
        public static void Debug(string message, Resource? resource = null, int? streamId = null, bool? ephemeral = null)
            => _ = OfflineDeployment.Instance;

        public static void Info(string message, Resource? resource = null, int? streamId = null, bool? ephemeral = null)
            => _ = OfflineDeployment.Instance;

        public static void Warn(string message, Resource? resource = null, int? streamId = null, bool? ephemeral = null)
            => _ = OfflineDeployment.Instance;

        public static void Error(string message, Resource? resource = null, int? streamId = null, bool? ephemeral = null)
            => OfflineDeployment.Instance.LogError(message);

        public static void Exception(Exception exception, Resource? resource = null, int? streamId = null, bool? ephemeral = null)
            => Error(exception.ToString(), resource, streamId, ephemeral);
    }
}
