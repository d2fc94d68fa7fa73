// Offline facade of Pulumi.Aws 7.48.0 (see offline/README.md): same public shape as the generated SDK.
using System.Collections.Immutable;

namespace Pulumi.Aws.Lambda.Inputs
{

    public sealed class EventSourceMappingFilterCriteriaFilterArgs : global::Pulumi.ResourceArgs
    {
        [Input("pattern")]
        public Input<string>? Pattern { get; set; }

        public EventSourceMappingFilterCriteriaFilterArgs()
        {
        }
        public static new EventSourceMappingFilterCriteriaFilterArgs Empty => new EventSourceMappingFilterCriteriaFilterArgs();
    }
}
