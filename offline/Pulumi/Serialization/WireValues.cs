using System.Collections.Immutable;
using System.Linq;

namespace Pulumi.Serialization
{
    /// <summary>Questions about a wire value tree.</summary>
    internal static class WireValues
    {
        public static bool ContainsUnknown(object? wire)
            => wire switch
            {
                WireUnknown => true,
                WireSecret secret => ContainsUnknown(secret.Value),
                ImmutableArray<object?> array => array.Any(ContainsUnknown),
                ImmutableDictionary<string, object?> map => map.Values.Any(ContainsUnknown),
                _ => false,
            };

        public static bool ContainsSecret(object? wire)
            => wire switch
            {
                WireSecret => true,
                ImmutableArray<object?> array => array.Any(ContainsSecret),
                ImmutableDictionary<string, object?> map => map.Values.Any(ContainsSecret),
                _ => false,
            };

        /// <summary>The value without its secret markers, at every depth.</summary>
        public static object? Unsecret(object? wire)
            => wire switch
            {
                WireSecret secret => Unsecret(secret.Value),
                ImmutableArray<object?> array => array.Select(Unsecret).ToImmutableArray(),
                ImmutableDictionary<string, object?> map => map.ToImmutableDictionary(e => e.Key, e => Unsecret(e.Value)),
                _ => wire,
            };
    }
}
