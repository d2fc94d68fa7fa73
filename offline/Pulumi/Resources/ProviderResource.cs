namespace Pulumi
{
    /// <summary>An explicitly configured provider (for example an AWS provider for another region).</summary>
    public class ProviderResource : CustomResource
    {
        public ProviderResource(string package, string name, ResourceArgs args, CustomResourceOptions? options = null)
            : this(package, name, args, options, registerPackageRequest: null)
        {
        }

        public ProviderResource(string package, string name, ResourceArgs args, CustomResourceOptions? options = null, RegisterPackageRequest? registerPackageRequest = null)
            : base($"pulumi:providers:{package}", name, args, options, registerPackageRequest)
        {
            Package = package;
        }

        /// <summary>The package whose resources this provider serves ("aws").</summary>
        internal string Package { get; }
    }
}
