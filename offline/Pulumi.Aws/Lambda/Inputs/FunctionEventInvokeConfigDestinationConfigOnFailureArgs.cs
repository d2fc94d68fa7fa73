// Offline facade of Pulumi.Aws 7.48.0 (see offline/README.md): same public shape as the generated SDK.
using System.Collections.Immutable;

namespace Pulumi.Aws.Lambda.Inputs
{

    public sealed class FunctionEventInvokeConfigDestinationConfigOnFailureArgs : global::Pulumi.ResourceArgs
    {
        [Input("destination", required: true)]
        public Input<string> Destination { get; set; } = null!;

        public FunctionEventInvokeConfigDestinationConfigOnFailureArgs()
        {
        }
        public static new FunctionEventInvokeConfigDestinationConfigOnFailureArgs Empty => new FunctionEventInvokeConfigDestinationConfigOnFailureArgs();
    }
}
