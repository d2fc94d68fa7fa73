namespace Pulumi
{
    /// <summary>A resource managed by a provider plugin (a table, a role, a function ...).</summary>
    public class CustomResource : Resource
    {
        public CustomResource(string type, string name, ResourceArgs? args, CustomResourceOptions? options = null)
            : this(type, name, args, options, registerPackageRequest: null)
        {
        }

        public CustomResource(string type, string name, ResourceArgs? args, CustomResourceOptions? options = null, RegisterPackageRequest? registerPackageRequest = null)
            : base(type, name, custom: true, args ?? ResourceArgs.Empty, options ?? new CustomResourceOptions(), remote: false, dependency: false, registerPackageRequest)
        {
        }

        /// <summary>The provider-assigned ID (unknown during a preview until the engine reports it).</summary>
        [Output("id")]
        public Output<string> Id { get; private set; } = null!;

        internal void SetId(Output<string> id) => Id = id;
    }
}
