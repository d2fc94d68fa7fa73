// Offline facade of Pulumi.Aws 7.48.0 (see offline/README.md): same public shape as the generated SDK.
using System.Collections.Immutable;

namespace Pulumi.Aws.Lambda.Outputs
{

    [OutputType]
    public sealed class FunctionEphemeralStorage
    {
        public readonly int? Size;

        [OutputConstructor]
        private FunctionEphemeralStorage(
            int? size)
        {
            Size = size;
        }
    }
}
