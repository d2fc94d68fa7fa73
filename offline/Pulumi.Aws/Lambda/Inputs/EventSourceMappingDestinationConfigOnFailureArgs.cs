// Offline facade of Pulumi.Aws 7.48.0 (see offline/README.md): same public shape as the generated SDK.
using System.Collections.Immutable;

namespace Pulumi.Aws.Lambda.Inputs
{

    public sealed class EventSourceMappingDestinationConfigOnFailureArgs : global::Pulumi.ResourceArgs
    {
        [Input("destinationArn", required: true)]
        public Input<string> DestinationArn { get; set; } = null!;

        public EventSourceMappingDestinationConfigOnFailureArgs()
        {
        }
        public static new EventSourceMappingDestinationConfigOnFailureArgs Empty => new EventSourceMappingDestinationConfigOnFailureArgs();
    }
}
