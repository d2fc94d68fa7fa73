// Offline facade of Pulumi.Aws 7.48.0 (see offline/README.md): same public shape as the generated SDK.
using System.Collections.Immutable;

namespace Pulumi.Aws.DynamoDB.Outputs
{

    [OutputType]
    public sealed class TableGlobalSecondaryIndex
    {
        public readonly string? HashKey;
        public readonly string Name;
        public readonly ImmutableArray<string> NonKeyAttributes;
        public readonly string ProjectionType;
        public readonly string? RangeKey;
        public readonly int? ReadCapacity;
        public readonly int? WriteCapacity;

        [OutputConstructor]
        private TableGlobalSecondaryIndex(
            string? hashKey,
            string name,
            ImmutableArray<string> nonKeyAttributes,
            string projectionType,
            string? rangeKey,
            int? readCapacity,
            int? writeCapacity)
        {
            HashKey = hashKey;
            Name = name;
            NonKeyAttributes = nonKeyAttributes;
            ProjectionType = projectionType;
            RangeKey = rangeKey;
            ReadCapacity = readCapacity;
            WriteCapacity = writeCapacity;
        }
    }
}
