// Offline facade of Pulumi.Aws 7.48.0 (see offline/README.md): same public shape as the generated SDK.
using System.Collections.Immutable;

namespace Pulumi.Aws.Kinesis.Outputs
{

    [OutputType]
    public sealed class StreamStreamModeDetails
    {
        public readonly string StreamMode;

        [OutputConstructor]
        private StreamStreamModeDetails(
            string streamMode)
        {
            StreamMode = streamMode;
        }
    }
}
