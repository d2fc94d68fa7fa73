// Offline facade of Pulumi.Aws 7.48.0 (see offline/README.md): same public shape as the generated SDK.
using System.Collections.Immutable;

namespace Pulumi.Aws.Lambda.Inputs
{

    public sealed class EventSourceMappingDestinationConfigArgs : global::Pulumi.ResourceArgs
    {
        [Input("onFailure")]
        public Input<Inputs.EventSourceMappingDestinationConfigOnFailureArgs>? OnFailure { get; set; }

        public EventSourceMappingDestinationConfigArgs()
        {
        }
        public static new EventSourceMappingDestinationConfigArgs Empty => new EventSourceMappingDestinationConfigArgs();
    }
}
