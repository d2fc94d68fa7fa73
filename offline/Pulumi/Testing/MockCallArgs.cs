using System.Collections.Immutable;

namespace Pulumi.Testing
{
    /// <summary>What <see cref="IMocks.CallAsync"/> receives about an invoke.</summary>
    public class MockCallArgs
    {
        /// <summary>The function token, e.g. "aws:index/getCallerIdentity:getCallerIdentity".</summary>
        public string? Token { get; set; }

        public ImmutableDictionary<string, object> Args { get; set; } = null!;

        public string? Provider { get; set; }
    }
}
