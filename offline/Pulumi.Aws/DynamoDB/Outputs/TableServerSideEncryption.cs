// Offline facade of Pulumi.Aws 7.48.0 (see offline/README.md): same public shape as the generated SDK.
using System.Collections.Immutable;

namespace Pulumi.Aws.DynamoDB.Outputs
{

    [OutputType]
    public sealed class TableServerSideEncryption
    {
        public readonly bool Enabled;
        public readonly string? KmsKeyArn;

        [OutputConstructor]
        private TableServerSideEncryption(
            bool enabled,
            string? kmsKeyArn)
        {
            Enabled = enabled;
            KmsKeyArn = kmsKeyArn;
        }
    }
}
