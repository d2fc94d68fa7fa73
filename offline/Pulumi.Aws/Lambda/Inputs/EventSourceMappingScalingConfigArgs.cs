// Offline facade of Pulumi.Aws 7.48.0 (see offline/README.md): same public shape as the generated SDK.
using System.Collections.Immutable;

namespace Pulumi.Aws.Lambda.Inputs
{

    public sealed class EventSourceMappingScalingConfigArgs : global::Pulumi.ResourceArgs
    {
        [Input("maximumConcurrency")]
        public Input<int>? MaximumConcurrency { get; set; }

        public EventSourceMappingScalingConfigArgs()
        {
        }
        public static new EventSourceMappingScalingConfigArgs Empty => new EventSourceMappingScalingConfigArgs();
    }
}
