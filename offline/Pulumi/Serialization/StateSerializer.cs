using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;

namespace Pulumi.Serialization
{
    /// <summary>
    /// Serializes what a mock returns (resource state or invoke result) as the real MockMonitor does
    /// (Testing/MockMonitor.cs, SerializeToDictionary, v3.90.0): any <see cref="IDictionary{TKey, TValue}"/> of string
    /// to object becomes immutable, everything is serialized from the empty path (so an unsupported entry is reported
    /// as "&lt;type&gt; is not a supported argument type.\n\t.&lt;key&gt;"), and a result that is not a map fails with
    /// "&lt;type&gt; is not a supported argument type" (a null result with a NullReferenceException, as there).
    /// </summary>
    internal static class StateSerializer
    {
        public static async Task<ImmutableDictionary<string, object?>> SerializeAsync(object? state)
        {
            if (state is IDictionary<string, object> dictionary)
            {
                state = dictionary.ToImmutableDictionary();
            }

            return await new WireSerializer().SerializeAsync("", state).ConfigureAwait(false) as ImmutableDictionary<string, object?>
                ?? throw new InvalidOperationException($"{state!.GetType().FullName} is not a supported argument type");
        }
    }
}
