// Offline facade of Pulumi.Aws 7.48.0 (see offline/README.md): same public shape as the generated SDK.
using System.Collections.Immutable;

namespace Pulumi.Aws.CloudWatch.Outputs
{

    [OutputType]
    public sealed class EventTargetRetryPolicy
    {
        public readonly int? MaximumEventAgeInSeconds;
        public readonly int? MaximumRetryAttempts;

        [OutputConstructor]
        private EventTargetRetryPolicy(
            int? maximumEventAgeInSeconds,
            int? maximumRetryAttempts)
        {
            MaximumEventAgeInSeconds = maximumEventAgeInSeconds;
            MaximumRetryAttempts = maximumRetryAttempts;
        }
    }
}
