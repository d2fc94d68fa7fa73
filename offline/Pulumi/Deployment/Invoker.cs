using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Pulumi.Serialization;
using Pulumi.Testing;

namespace Pulumi
{
    /// <summary>
    /// Invokes (provider functions): the args go by wire name to <see cref="IMocks.CallAsync"/> and the
    /// result is converted into the [OutputType] class the caller asked for. As the real RawInvoke
    /// (Deployment_Invoke.cs, v3.90.0), the output form does not call the mock while an argument is unknown
    /// or a custom resource it depends on has an unknown ID (the result is then unknown, with no
    /// dependencies); the result is secret only if the mock's result is.
    /// </summary>
    internal static class Invoker
    {
        public static async Task<OutputData<T>> InvokeAsync<T>(
            OfflineDeployment deployment, string token, InvokeArgs args, InvokeOptions? options, bool single, bool outputForm)
        {
            var serializer = new WireSerializer();
            var wire = await serializer.SerializeArgsAsync(args, $"invoke {token}").ConfigureAwait(false);
            var resources = serializer.Dependencies.ToImmutableHashSet();
            if (options is InvokeOutputOptions outputOptions)
            {
                var dependsOn = await outputOptions.DependsOn.ToOutput().DataTask.ConfigureAwait(false);
                foreach (var resource in dependsOn.Value.IsDefault ? ImmutableArray<Resource>.Empty : dependsOn.Value)
                {
                    await resource.UrnData.ConfigureAwait(false);
                    resources = resources.Add(resource);
                }
            }

            if (outputForm && (WireValues.ContainsUnknown(wire) || await AnyIdUnknownAsync(resources).ConfigureAwait(false)))
            {
                return OutputData<T>.Unknown(ImmutableHashSet<Resource>.Empty, isSecret: false);
            }

            var provider = "";
            if (options?.Provider != null)
            {
                var providerId = await options.Provider.Id.DataTask.ConfigureAwait(false);
                provider = $"{await options.Provider.UrnData.ConfigureAwait(false)}::{providerId.Value}";
            }

            var result = await deployment.Mocks.CallAsync(new MockCallArgs
            {
                Token = token,
                Args = MockView.Of(wire),
                Provider = provider,
            }).ConfigureAwait(false);

            var resultWire = await StateSerializer.SerializeAsync(result).ConfigureAwait(false);
            object? source = resultWire;
            if (single)
            {
                if (resultWire.Count != 1)
                {
                    throw new InvalidOperationException(
                        $"Invoke {token} was expected to return exactly one value but returned {resultWire.Count}: [{string.Join(", ", resultWire.Keys)}].");
                }

                source = resultWire.Values.Single();
            }

            var data = WireConverter.Convert(source, typeof(T), $"{token} result");
            return new OutputData<T>(resources, (T)data.Value!, data.IsKnown, data.IsSecret);
        }

        private static async Task<bool> AnyIdUnknownAsync(IEnumerable<Resource> resources)
        {
            foreach (var resource in resources.OfType<CustomResource>())
            {
                if (!(await resource.Id.DataTask.ConfigureAwait(false)).IsKnown)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
