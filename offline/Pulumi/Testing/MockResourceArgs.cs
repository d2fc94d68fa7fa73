using System.Collections.Immutable;

namespace Pulumi.Testing
{
    /// <summary>What <see cref="IMocks.NewResourceAsync"/> receives about a resource.</summary>
    public class MockResourceArgs
    {
        /// <summary>The type token, e.g. "aws:dynamodb/table:Table".</summary>
        public string? Type { get; set; }

        public string? Name { get; set; }

        /// <summary>Known, non-null inputs by wire name; numbers are doubles, lists ImmutableArray&lt;object&gt;, maps ImmutableDictionary&lt;string, object&gt;.</summary>
        public ImmutableDictionary<string, object> Inputs { get; set; } = null!;

        /// <summary>"&lt;provider urn&gt;::&lt;provider id&gt;" for an explicit provider, else empty.</summary>
        public string? Provider { get; set; }

        /// <summary>The ID to read or import, else empty.</summary>
        public string? Id { get; set; }
    }
}
