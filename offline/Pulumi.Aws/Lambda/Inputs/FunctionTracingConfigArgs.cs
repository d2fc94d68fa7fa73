// Offline facade of Pulumi.Aws 7.48.0 (see offline/README.md): same public shape as the generated SDK.
using System.Collections.Immutable;

namespace Pulumi.Aws.Lambda.Inputs
{

    public sealed class FunctionTracingConfigArgs : global::Pulumi.ResourceArgs
    {
        [Input("mode", required: true)]
        public Input<string> Mode { get; set; } = null!;

        public FunctionTracingConfigArgs()
        {
        }
        public static new FunctionTracingConfigArgs Empty => new FunctionTracingConfigArgs();
    }
}
