namespace Pulumi
{
    /// <summary>Options of an invoke (a provider function such as getCallerIdentity).</summary>
    public class InvokeOptions
    {
        public Resource? Parent { get; set; }

        public ProviderResource? Provider { get; set; }

        public string? Version { get; set; }

        public string? PluginDownloadURL { get; set; }
    }
}
