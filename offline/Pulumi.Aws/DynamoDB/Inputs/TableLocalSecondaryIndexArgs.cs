// Offline facade of Pulumi.Aws 7.48.0 (see offline/README.md): same public shape as the generated SDK.
using System.Collections.Immutable;

namespace Pulumi.Aws.DynamoDB.Inputs
{

    public sealed class TableLocalSecondaryIndexArgs : global::Pulumi.ResourceArgs
    {
        [Input("name", required: true)]
        public Input<string> Name { get; set; } = null!;

        [Input("nonKeyAttributes")]
        private InputList<string>? _nonKeyAttributes;
        public InputList<string> NonKeyAttributes
        {
            get => _nonKeyAttributes ?? (_nonKeyAttributes = new InputList<string>());
            set => _nonKeyAttributes = value;
        }

        [Input("projectionType", required: true)]
        public Input<string> ProjectionType { get; set; } = null!;

        [Input("rangeKey", required: true)]
        public Input<string> RangeKey { get; set; } = null!;

        public TableLocalSecondaryIndexArgs()
        {
        }
        public static new TableLocalSecondaryIndexArgs Empty => new TableLocalSecondaryIndexArgs();
    }
}
