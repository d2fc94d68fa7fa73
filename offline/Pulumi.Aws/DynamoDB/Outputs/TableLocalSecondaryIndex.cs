// Offline facade of Pulumi.Aws 7.48.0 (see offline/README.md): same public shape as the generated SDK.
using System.Collections.Immutable;

namespace Pulumi.Aws.DynamoDB.Outputs
{

    [OutputType]
    public sealed class TableLocalSecondaryIndex
    {
        public readonly string Name;
        public readonly ImmutableArray<string> NonKeyAttributes;
        public readonly string ProjectionType;
        public readonly string RangeKey;

        [OutputConstructor]
        private TableLocalSecondaryIndex(
            string name,
            ImmutableArray<string> nonKeyAttributes,
            string projectionType,
            string rangeKey)
        {
            Name = name;
            NonKeyAttributes = nonKeyAttributes;
            ProjectionType = projectionType;
            RangeKey = rangeKey;
        }
    }
}
