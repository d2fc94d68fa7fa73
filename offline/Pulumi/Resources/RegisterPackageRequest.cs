using System.Collections.Generic;

namespace Pulumi
{
    /// <summary>Describes a (parameterized) package a resource belongs to.</summary>
    public sealed class RegisterPackageRequest
    {
        public RegisterPackageRequest(string name, string version, string? downloadUrl, Dictionary<string, byte[]>? checksums = null, PackageParameterization? parameterization = null)
        {
            Name = name;
            Version = version;
            DownloadUrl = downloadUrl ?? "";
            Checksums = checksums ?? new Dictionary<string, byte[]>();
            Parameterization = parameterization;
        }

        public string Name { get; }

        public string Version { get; }

        public string DownloadUrl { get; }

        public Dictionary<string, byte[]> Checksums { get; }

        public PackageParameterization? Parameterization { get; }

        public sealed class PackageParameterization
        {
            public PackageParameterization(string name, string version, byte[] value)
            {
                Name = name;
                Version = version;
                Value = value;
            }

            public string Name { get; }

            public string Version { get; }

            public byte[] Value { get; }
        }
    }
}
