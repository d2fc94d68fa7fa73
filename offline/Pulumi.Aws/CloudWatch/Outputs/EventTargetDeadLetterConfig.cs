// Offline facade of Pulumi.Aws 7.48.0 (see offline/README.md): same public shape as the generated SDK.
using System.Collections.Immutable;

namespace Pulumi.Aws.CloudWatch.Outputs
{

    [OutputType]
    public sealed class EventTargetDeadLetterConfig
    {
        public readonly string? Arn;

        [OutputConstructor]
        private EventTargetDeadLetterConfig(
            string? arn)
        {
            Arn = arn;
        }
    }
}
