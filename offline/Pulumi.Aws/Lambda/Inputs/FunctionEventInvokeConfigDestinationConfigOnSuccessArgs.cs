// Offline facade of Pulumi.Aws 7.48.0 (see offline/README.md): same public shape as the generated SDK.
using System.Collections.Immutable;

namespace Pulumi.Aws.Lambda.Inputs
{

    public sealed class FunctionEventInvokeConfigDestinationConfigOnSuccessArgs : global::Pulumi.ResourceArgs
    {
        [Input("destination", required: true)]
        public Input<string> Destination { get; set; } = null!;

        public FunctionEventInvokeConfigDestinationConfigOnSuccessArgs()
        {
        }
        public static new FunctionEventInvokeConfigDestinationConfigOnSuccessArgs Empty => new FunctionEventInvokeConfigDestinationConfigOnSuccessArgs();
    }
}
