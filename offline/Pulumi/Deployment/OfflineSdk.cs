using System;
using System.Reflection;
using System.Threading.Tasks;

namespace Pulumi
{
    /// <summary>What this facade is, and its refusal to deploy.</summary>
    internal static class OfflineSdk
    {
        /// <summary>The Pulumi .NET SDK version this facade mirrors (the PulumiVersion the project was built with).</summary>
        public static string MirroredVersion
            => typeof(OfflineSdk).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

        public static string DeployRefusal
            => "This build uses the offline Pulumi facade (LabSdk=offline); deploying needs the real Pulumi SDK: " +
               $"build with -p:LabSdk=real on a machine whose NuGet has Pulumi {MirroredVersion}.";

        /// <summary>Prints the refusal and fails: a facade must never look as if it deployed something.</summary>
        public static Task<int> RefuseToDeploy()
        {
            Console.Error.WriteLine("error: " + DeployRefusal);
            Environment.ExitCode = 1;
            return Task.FromResult(1);
        }
    }
}
