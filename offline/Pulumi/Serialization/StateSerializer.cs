using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;

namespace Pulumi.Serialization
{
    /// <summary>
    /// Serializes what a mock returns (resource state or invoke result). As in the real mock monitor it
    /// must be a dictionary (an <see cref="ImmutableDictionary{TKey, TValue}"/>, e.g. <c>args.Inputs</c>,
    /// or any <see cref="IDictionary{TKey, TValue}"/> of string to object) or an [OutputType] object.
    /// </summary>
    internal static class StateSerializer
    {
        public static async Task<ImmutableDictionary<string, object?>> SerializeAsync(object? state, string ctx)
        {
            if (state is IDictionary<string, object> dictionary && state is not ImmutableDictionary<string, object>)
            {
                state = dictionary.ToImmutableDictionary();
            }

            var serialized = await new WireSerializer().SerializeAsync(ctx, state).ConfigureAwait(false);
            return serialized as ImmutableDictionary<string, object?>
                ?? throw new InvalidOperationException(
                    $"{state?.GetType().FullName ?? "null"} is not a supported argument type: {ctx} must return a dictionary " +
                    "(for example args.Inputs or an ImmutableDictionary<string, object>) or an [OutputType] object.");
        }
    }
}
