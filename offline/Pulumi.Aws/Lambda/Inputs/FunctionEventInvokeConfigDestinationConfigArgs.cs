// Offline facade of Pulumi.Aws 7.48.0 (see offline/README.md): same public shape as the generated SDK.
using System.Collections.Immutable;

namespace Pulumi.Aws.Lambda.Inputs
{

    public sealed class FunctionEventInvokeConfigDestinationConfigArgs : global::Pulumi.ResourceArgs
    {
        [Input("onFailure")]
        public Input<Inputs.FunctionEventInvokeConfigDestinationConfigOnFailureArgs>? OnFailure { get; set; }

        [Input("onSuccess")]
        public Input<Inputs.FunctionEventInvokeConfigDestinationConfigOnSuccessArgs>? OnSuccess { get; set; }

        public FunctionEventInvokeConfigDestinationConfigArgs()
        {
        }
        public static new FunctionEventInvokeConfigDestinationConfigArgs Empty => new FunctionEventInvokeConfigDestinationConfigArgs();
    }
}
