// Offline facade of Pulumi.Aws 7.48.0 (see offline/README.md): same public shape as the generated SDK.
using System.Collections.Immutable;

namespace Pulumi.Aws.Lambda.Outputs
{

    [OutputType]
    public sealed class FunctionDeadLetterConfig
    {
        public readonly string TargetArn;

        [OutputConstructor]
        private FunctionDeadLetterConfig(
            string targetArn)
        {
            TargetArn = targetArn;
        }
    }
}
