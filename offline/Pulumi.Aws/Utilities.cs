// Offline facade of Pulumi.Aws (see offline/README.md). Internal helpers of the generated SDK: the provider
// version stamped on every resource and invoke, and the attribute that carries a resource's type token.
using System;
using System.Reflection;

namespace Pulumi.Aws
{
    static class Utilities
    {
        /// <summary>The mirrored package version (from the assembly version, set from $(PulumiAwsVersion)).</summary>
        public static string Version { get; } = ReadVersion();

        public static global::Pulumi.InvokeOptions WithDefaults(this global::Pulumi.InvokeOptions? src)
        {
            var dst = src ?? new global::Pulumi.InvokeOptions();
            dst.Version = src?.Version ?? Version;
            return dst;
        }

        private static string ReadVersion()
        {
            var informational = typeof(Utilities).Assembly
                .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
                ?? throw new InvalidOperationException("Pulumi.Aws facade: assembly has no informational version; set <Version> in Pulumi.Aws.csproj.");
            // The SDK appends "+<commit>" to the informational version; the provider version is the part before it.
            var plus = informational.IndexOf('+');
            return plus < 0 ? informational : informational.Substring(0, plus);
        }
    }

    internal sealed class AwsResourceTypeAttribute : global::Pulumi.ResourceTypeAttribute
    {
        public AwsResourceTypeAttribute(string type) : base(type, Utilities.Version)
        {
        }
    }
}
