using System;
using System.Collections.Immutable;
using System.Threading.Tasks;

namespace Pulumi
{
    /// <summary>
    /// A cloud resource. Creating one registers it with the running deployment at once; its outputs
    /// resolve when the engine (here: the test mocks) has answered.
    /// </summary>
    public class Resource
    {
        private readonly string _type;
        private readonly string _name;

        private protected Resource(
            string type, string name, bool custom, ResourceArgs args, ResourceOptions options,
            bool remote = false, bool dependency = false, RegisterPackageRequest? registerPackageRequest = null)
        {
            if (string.IsNullOrEmpty(type))
            {
                throw new ArgumentException("'type' cannot be null or empty.", nameof(type));
            }

            if (string.IsNullOrEmpty(name))
            {
                throw new ArgumentException("'name' cannot be null or empty.", nameof(name));
            }

            _type = type;
            _name = name;
            var deployment = OfflineDeployment.Instance;
            ParentResource = options.Parent ?? (type == Stack._rootPulumiStackTypeName ? null : deployment.Stack);
            (Provider, Providers) = ResourceProviders.Resolve(type, custom, options, ParentResource);
            var registration = ResourceRegistration.Start(deployment, this, custom, args, options);
            Urn = registration.Urn;
            UrnData = registration.UrnValue;
        }

        /// <summary>The unique resource name: urn:pulumi:stack::project::qualified$type::name.</summary>
        [Output("urn")]
        public Output<string> Urn { get; private protected set; }

        /// <summary>The URN once registered (faults if registration failed).</summary>
        internal Task<string> UrnData { get; }

        internal Resource? ParentResource { get; }

        /// <summary>The provider of a custom resource: its own option, else inherited from its parents.</summary>
        internal ProviderResource? Provider { get; }

        /// <summary>Providers by package, handed down to children.</summary>
        internal ImmutableDictionary<string, ProviderResource> Providers { get; }

        /// <summary>The resources named in DependsOn, once resolved.</summary>
        internal ImmutableArray<Resource> ExplicitDependencies { get; set; } = ImmutableArray<Resource>.Empty;

        public string GetResourceType() => _type;

        public string GetResourceName() => _name;
    }
}
