// Offline facade of Pulumi.Aws 7.48.0 (see offline/README.md): same public shape as the generated SDK.
using System.Collections.Immutable;

namespace Pulumi.Aws.DynamoDB.Inputs
{

    public sealed class TableServerSideEncryptionArgs : global::Pulumi.ResourceArgs
    {
        [Input("enabled", required: true)]
        public Input<bool> Enabled { get; set; } = null!;

        [Input("kmsKeyArn")]
        public Input<string>? KmsKeyArn { get; set; }

        public TableServerSideEncryptionArgs()
        {
        }
        public static new TableServerSideEncryptionArgs Empty => new TableServerSideEncryptionArgs();
    }
}
