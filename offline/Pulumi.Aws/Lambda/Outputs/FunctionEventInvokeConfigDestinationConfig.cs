// Offline facade of Pulumi.Aws 7.48.0 (see offline/README.md): same public shape as the generated SDK.
using System.Collections.Immutable;

namespace Pulumi.Aws.Lambda.Outputs
{

    [OutputType]
    public sealed class FunctionEventInvokeConfigDestinationConfig
    {
        public readonly Outputs.FunctionEventInvokeConfigDestinationConfigOnFailure? OnFailure;
        public readonly Outputs.FunctionEventInvokeConfigDestinationConfigOnSuccess? OnSuccess;

        [OutputConstructor]
        private FunctionEventInvokeConfigDestinationConfig(
            Outputs.FunctionEventInvokeConfigDestinationConfigOnFailure? onFailure,

            Outputs.FunctionEventInvokeConfigDestinationConfigOnSuccess? onSuccess)
        {
            OnFailure = onFailure;
            OnSuccess = onSuccess;
        }
    }
}
