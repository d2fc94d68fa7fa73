using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace Pulumi
{
    /// <summary>
    /// The real SDK's provider inheritance: a custom resource without a Provider option uses its parent's
    /// provider for its package; a component's Provider/Providers options pass down to its children.
    /// </summary>
    internal static class ResourceProviders
    {
        public static (ProviderResource? Provider, ImmutableDictionary<string, ProviderResource> Providers) Resolve(
            string type, bool custom, ResourceOptions options, Resource? parent)
        {
            var providers = parent?.Providers ?? ImmutableDictionary<string, ProviderResource>.Empty;
            if (options.Provider != null && options is ComponentResourceOptions { Providers.Count: > 0 })
            {
                throw new ResourceException("Do not supply both 'provider' and 'providers' options to a ComponentResource.", options.Parent);
            }

            if (custom)
            {
                var package = PackageOf(type);
                if (options.Provider != null)
                {
                    return (options.Provider, package == null ? providers : providers.SetItem(package, options.Provider));
                }

                return (package != null && providers.TryGetValue(package, out var inherited) ? inherited : null, providers);
            }

            var given = options.Provider != null
                ? new List<ProviderResource> { options.Provider }
                : (options as ComponentResourceOptions)?.Providers ?? new List<ProviderResource>();
            foreach (var provider in given)
            {
                providers = providers.SetItem(provider.Package, provider);
            }

            return (null, providers);
        }

        /// <summary>"aws" of "aws:dynamodb/table:Table"; null for tokens that are not package:module:member.</summary>
        private static string? PackageOf(string type)
        {
            var parts = type.Split(':');
            return parts.Length == 3 ? parts[0] : null;
        }
    }
}
