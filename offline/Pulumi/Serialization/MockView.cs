using System.Collections.Immutable;

namespace Pulumi.Serialization
{
    /// <summary>
    /// What <see cref="Testing.IMocks"/> sees of a wire dictionary, as the real mock monitor presents it
    /// after the protobuf round trip: secrets unwrapped, and every top-level entry that is null or
    /// contains an unknown value (at any depth) left out.
    /// </summary>
    internal static class MockView
    {
        public static ImmutableDictionary<string, object> Of(ImmutableDictionary<string, object?> wire)
        {
            var builder = ImmutableDictionary.CreateBuilder<string, object>();
            foreach (var (key, value) in wire)
            {
                if (value != null && !WireValues.ContainsUnknown(value))
                {
                    var plain = WireValues.Unsecret(value);
                    if (plain != null)
                    {
                        builder.Add(key, plain);
                    }
                }
            }

            return builder.ToImmutable();
        }
    }
}
