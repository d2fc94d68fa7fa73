// Offline facade of Pulumi.Aws 7.48.0 (see offline/README.md): same public shape as the generated SDK.
using System.Collections.Immutable;

namespace Pulumi.Aws.CloudWatch.Inputs
{

    public sealed class EventTargetRetryPolicyArgs : global::Pulumi.ResourceArgs
    {
        [Input("maximumEventAgeInSeconds")]
        public Input<int>? MaximumEventAgeInSeconds { get; set; }

        [Input("maximumRetryAttempts")]
        public Input<int>? MaximumRetryAttempts { get; set; }

        public EventTargetRetryPolicyArgs()
        {
        }
        public static new EventTargetRetryPolicyArgs Empty => new EventTargetRetryPolicyArgs();
    }
}
