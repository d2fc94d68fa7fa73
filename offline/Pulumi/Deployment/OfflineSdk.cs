using System;
using System.Reflection;
using System.Threading.Tasks;

namespace Pulumi
{
    /// <summary>What this facade is, and what its RunAsync does instead of deploying.</summary>
    internal static class OfflineSdk
    {
        /// <summary>The text of the real SDK's refusal when no engine launched the program (Deployment.cs, v3.90.0).</summary>
        public const string NoEngine = "Program run without the Pulumi engine available; re-run using the `pulumi` CLI";

        /// <summary>The Pulumi .NET SDK version this facade mirrors (the PulumiVersion the project was built with).</summary>
        public static string MirroredVersion
            => typeof(OfflineSdk).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

        public static string DeployRefusal
            => "This build uses the offline Pulumi facade (LabSdk=offline); deploying needs the real Pulumi SDK: " +
               $"build with -p:LabSdk=real on a machine whose NuGet has Pulumi {MirroredVersion}.";

        /// <summary>
        /// As the real SDK: the returned task faults with InvalidOperationException, nothing is printed and no exit code
        /// is set. Without the engine's environment the message is the real one; launched by the `pulumi` CLI (which the
        /// real SDK would then talk to) the facade cannot deploy and says so instead.
        /// </summary>
#pragma warning disable CS1998 // async without await: like the real one, it fails through the task it returns
        public static async Task<int> RunAsync()
        {
            var launchedByEngine =
                !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("PULUMI_MONITOR"))
                && !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("PULUMI_ENGINE"))
                && !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("PULUMI_PROJECT"))
                && !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("PULUMI_STACK"))
                && bool.TryParse(Environment.GetEnvironmentVariable("PULUMI_DRY_RUN"), out _)
                && bool.TryParse(Environment.GetEnvironmentVariable("PULUMI_QUERY_MODE"), out _)
                && int.TryParse(Environment.GetEnvironmentVariable("PULUMI_PARALLEL"), out _);
            throw new InvalidOperationException(launchedByEngine ? DeployRefusal : NoEngine);
        }
#pragma warning restore CS1998
    }
}
