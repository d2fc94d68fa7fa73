// Offline facade of Pulumi.Aws 7.48.0 (see offline/README.md): same public shape as the generated SDK.
using System.Collections.Immutable;

namespace Pulumi.Aws.DynamoDB.Outputs
{

    [OutputType]
    public sealed class TablePointInTimeRecovery
    {
        public readonly bool Enabled;
        public readonly int? RecoveryPeriodInDays;

        [OutputConstructor]
        private TablePointInTimeRecovery(
            bool enabled,
            int? recoveryPeriodInDays)
        {
            Enabled = enabled;
            RecoveryPeriodInDays = recoveryPeriodInDays;
        }
    }
}
