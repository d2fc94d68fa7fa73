using System.Collections.Immutable;

namespace Pulumi.Testing
{
    /// <summary>The outputs a component resource (or the stack) registered.</summary>
    public class MockRegisterResourceOutputsRequest
    {
#pragma warning disable CA1051 // The real type exposes these as public readonly fields.
        public readonly string Urn;

        public readonly ImmutableDictionary<string, Output<object?>> Outputs;
#pragma warning restore CA1051

        public MockRegisterResourceOutputsRequest(string urn, ImmutableDictionary<string, Output<object?>> outputs)
        {
            Urn = urn;
            Outputs = outputs;
        }
    }
}
