// Offline facade of Pulumi.Aws 7.48.0 (see offline/README.md): same public shape as the generated SDK.
using System.Collections.Immutable;

namespace Pulumi.Aws.Lambda.Inputs
{

    public sealed class EventSourceMappingFilterCriteriaArgs : global::Pulumi.ResourceArgs
    {
        [Input("filters")]
        private InputList<Inputs.EventSourceMappingFilterCriteriaFilterArgs>? _filters;
        public InputList<Inputs.EventSourceMappingFilterCriteriaFilterArgs> Filters
        {
            get => _filters ?? (_filters = new InputList<Inputs.EventSourceMappingFilterCriteriaFilterArgs>());
            set => _filters = value;
        }

        public EventSourceMappingFilterCriteriaArgs()
        {
        }
        public static new EventSourceMappingFilterCriteriaArgs Empty => new EventSourceMappingFilterCriteriaArgs();
    }
}
