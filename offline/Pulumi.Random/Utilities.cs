// Offline facade of Pulumi.Random (see offline/README.md). Internal helpers of the generated SDK: the provider
// version stamped on every resource, and the attribute that carries a resource's type token.
using System;
using System.Reflection;

namespace Pulumi.Random
{
    static class Utilities
    {
        /// <summary>The mirrored package version (from the assembly version, set from $(PulumiRandomVersion)).</summary>
        public static string Version { get; } = ReadVersion();

        private static string ReadVersion()
        {
            var informational = typeof(Utilities).Assembly
                .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
                ?? throw new InvalidOperationException("Pulumi.Random facade: assembly has no informational version; set <Version> in Pulumi.Random.csproj.");
            // The SDK appends "+<commit>" to the informational version; the provider version is the part before it.
            var plus = informational.IndexOf('+');
            return plus < 0 ? informational : informational.Substring(0, plus);
        }
    }

    internal sealed class RandomResourceTypeAttribute : global::Pulumi.ResourceTypeAttribute
    {
        public RandomResourceTypeAttribute(string type) : base(type, Utilities.Version)
        {
        }
    }
}
