// Offline facade of Pulumi.Aws 7.48.0 (see offline/README.md): same public shape as the generated SDK.
using System.Collections.Immutable;

namespace Pulumi.Aws.CloudWatch.Inputs
{

    public sealed class EventTargetDeadLetterConfigArgs : global::Pulumi.ResourceArgs
    {
        [Input("arn")]
        public Input<string>? Arn { get; set; }

        public EventTargetDeadLetterConfigArgs()
        {
        }
        public static new EventTargetDeadLetterConfigArgs Empty => new EventTargetDeadLetterConfigArgs();
    }
}
