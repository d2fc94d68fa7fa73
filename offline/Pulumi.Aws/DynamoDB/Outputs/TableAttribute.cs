// Offline facade of Pulumi.Aws 7.48.0 (see offline/README.md): same public shape as the generated SDK.
using System.Collections.Immutable;

namespace Pulumi.Aws.DynamoDB.Outputs
{

    [OutputType]
    public sealed class TableAttribute
    {
        public readonly string Name;
        public readonly string Type;

        [OutputConstructor]
        private TableAttribute(
            string name,
            string type)
        {
            Name = name;
            Type = type;
        }
    }
}
