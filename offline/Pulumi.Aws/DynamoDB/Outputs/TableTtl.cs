// Offline facade of Pulumi.Aws 7.48.0 (see offline/README.md): same public shape as the generated SDK.
using System.Collections.Immutable;

namespace Pulumi.Aws.DynamoDB.Outputs
{

    [OutputType]
    public sealed class TableTtl
    {
        public readonly string? AttributeName;
        public readonly bool? Enabled;

        [OutputConstructor]
        private TableTtl(
            string? attributeName,
            bool? enabled)
        {
            AttributeName = attributeName;
            Enabled = enabled;
        }
    }
}
