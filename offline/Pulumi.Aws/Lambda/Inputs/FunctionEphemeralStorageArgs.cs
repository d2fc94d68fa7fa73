// Offline facade of Pulumi.Aws 7.48.0 (see offline/README.md): same public shape as the generated SDK.
using System.Collections.Immutable;

namespace Pulumi.Aws.Lambda.Inputs
{

    public sealed class FunctionEphemeralStorageArgs : global::Pulumi.ResourceArgs
    {
        [Input("size")]
        public Input<int>? Size { get; set; }

        public FunctionEphemeralStorageArgs()
        {
        }
        public static new FunctionEphemeralStorageArgs Empty => new FunctionEphemeralStorageArgs();
    }
}
