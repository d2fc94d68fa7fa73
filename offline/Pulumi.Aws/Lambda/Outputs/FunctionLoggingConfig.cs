// Offline facade of Pulumi.Aws 7.48.0 (see offline/README.md): same public shape as the generated SDK.
using System.Collections.Immutable;

namespace Pulumi.Aws.Lambda.Outputs
{

    [OutputType]
    public sealed class FunctionLoggingConfig
    {
        public readonly string? ApplicationLogLevel;
        public readonly string LogFormat;
        public readonly string? LogGroup;
        public readonly string? SystemLogLevel;

        [OutputConstructor]
        private FunctionLoggingConfig(
            string? applicationLogLevel,
            string logFormat,
            string? logGroup,
            string? systemLogLevel)
        {
            ApplicationLogLevel = applicationLogLevel;
            LogFormat = logFormat;
            LogGroup = logGroup;
            SystemLogLevel = systemLogLevel;
        }
    }
}
