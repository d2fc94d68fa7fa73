// Offline facade of Pulumi.Aws 7.48.0 (see offline/README.md): same public shape as the generated SDK.
using System.Collections.Immutable;

namespace Pulumi.Aws.Kinesis.Inputs
{

    public sealed class StreamStreamModeDetailsArgs : global::Pulumi.ResourceArgs
    {
        [Input("streamMode", required: true)]
        public Input<string> StreamMode { get; set; } = null!;

        public StreamStreamModeDetailsArgs()
        {
        }
        public static new StreamStreamModeDetailsArgs Empty => new StreamStreamModeDetailsArgs();
    }
}
