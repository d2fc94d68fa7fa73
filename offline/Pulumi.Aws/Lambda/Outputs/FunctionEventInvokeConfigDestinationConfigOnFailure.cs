// Offline facade of Pulumi.Aws 7.48.0 (see offline/README.md): same public shape as the generated SDK.
using System.Collections.Immutable;

namespace Pulumi.Aws.Lambda.Outputs
{

    [OutputType]
    public sealed class FunctionEventInvokeConfigDestinationConfigOnFailure
    {
        public readonly string Destination;

        [OutputConstructor]
        private FunctionEventInvokeConfigDestinationConfigOnFailure(string destination)
        {
            Destination = destination;
        }
    }
}
