// Offline facade of Pulumi.Aws 7.48.0 (see offline/README.md): same public shape as the generated SDK.
using System.Collections.Immutable;

namespace Pulumi.Aws.Lambda.Inputs
{

    public sealed class FunctionLoggingConfigArgs : global::Pulumi.ResourceArgs
    {
        [Input("applicationLogLevel")]
        public Input<string>? ApplicationLogLevel { get; set; }

        [Input("logFormat", required: true)]
        public Input<string> LogFormat { get; set; } = null!;

        [Input("logGroup")]
        public Input<string>? LogGroup { get; set; }

        [Input("systemLogLevel")]
        public Input<string>? SystemLogLevel { get; set; }

        public FunctionLoggingConfigArgs()
        {
        }
        public static new FunctionLoggingConfigArgs Empty => new FunctionLoggingConfigArgs();
    }
}
