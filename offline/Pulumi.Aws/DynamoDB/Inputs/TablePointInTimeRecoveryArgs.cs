// Offline facade of Pulumi.Aws 7.48.0 (see offline/README.md): same public shape as the generated SDK.
using System.Collections.Immutable;

namespace Pulumi.Aws.DynamoDB.Inputs
{

    public sealed class TablePointInTimeRecoveryArgs : global::Pulumi.ResourceArgs
    {
        [Input("enabled", required: true)]
        public Input<bool> Enabled { get; set; } = null!;

        [Input("recoveryPeriodInDays")]
        public Input<int>? RecoveryPeriodInDays { get; set; }

        public TablePointInTimeRecoveryArgs()
        {
        }
        public static new TablePointInTimeRecoveryArgs Empty => new TablePointInTimeRecoveryArgs();
    }
}
