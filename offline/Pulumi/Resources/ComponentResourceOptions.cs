using System.Collections.Generic;
using System.Linq;

namespace Pulumi
{
    /// <summary>Options of a component resource.</summary>
    public sealed class ComponentResourceOptions : ResourceOptions
    {
        private List<ProviderResource>? _providers;

        /// <summary>Providers for the component's children, by package.</summary>
        public List<ProviderResource> Providers
        {
            get => _providers ??= new List<ProviderResource>();
            set => _providers = value;
        }

        public static ComponentResourceOptions Merge(ComponentResourceOptions? options1, ComponentResourceOptions? options2)
        {
            var merged = Copy(options1);
            options2 ??= new ComponentResourceOptions();
            MergeNormalOptions(merged, options2);
            merged.Providers.AddRange(options2.Providers);
            return merged;
        }

        private static ComponentResourceOptions Copy(ComponentResourceOptions? options)
        {
            var copy = new ComponentResourceOptions();
            if (options != null)
            {
                options.CopyTo(copy);
                copy.Providers = options.Providers.ToList();
            }

            return copy;
        }
    }
}
