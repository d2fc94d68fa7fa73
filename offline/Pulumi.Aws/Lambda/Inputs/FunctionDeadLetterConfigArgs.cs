// Offline facade of Pulumi.Aws 7.48.0 (see offline/README.md): same public shape as the generated SDK.
using System.Collections.Immutable;

namespace Pulumi.Aws.Lambda.Inputs
{

    public sealed class FunctionDeadLetterConfigArgs : global::Pulumi.ResourceArgs
    {
        [Input("targetArn", required: true)]
        public Input<string> TargetArn { get; set; } = null!;

        public FunctionDeadLetterConfigArgs()
        {
        }
        public static new FunctionDeadLetterConfigArgs Empty => new FunctionDeadLetterConfigArgs();
    }
}
