// Offline facade of Pulumi.Aws 7.48.0 (see offline/README.md): same public shape as the generated SDK.
using System.Collections.Immutable;

namespace Pulumi.Aws.DynamoDB.Inputs
{

    public sealed class TableGlobalSecondaryIndexArgs : global::Pulumi.ResourceArgs
    {
        [Input("hashKey")]
        public Input<string>? HashKey { get; set; }

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

        [Input("rangeKey")]
        public Input<string>? RangeKey { get; set; }

        [Input("readCapacity")]
        public Input<int>? ReadCapacity { get; set; }

        [Input("writeCapacity")]
        public Input<int>? WriteCapacity { get; set; }

        public TableGlobalSecondaryIndexArgs()
        {
        }
        public static new TableGlobalSecondaryIndexArgs Empty => new TableGlobalSecondaryIndexArgs();
    }
}
