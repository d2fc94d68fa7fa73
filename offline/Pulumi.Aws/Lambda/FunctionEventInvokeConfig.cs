// Offline facade of Pulumi.Aws 7.48.0 (see offline/README.md): same public shape as the generated SDK.
using System.Collections.Immutable;

namespace Pulumi.Aws.Lambda
{
    [AwsResourceType("aws:lambda/functionEventInvokeConfig:FunctionEventInvokeConfig")]
    public partial class FunctionEventInvokeConfig : global::Pulumi.CustomResource
    {
        [Output("destinationConfig")]
        public Output<Outputs.FunctionEventInvokeConfigDestinationConfig?> DestinationConfig { get; private set; } = null!;

        [Output("functionName")]
        public Output<string> FunctionName { get; private set; } = null!;

        [Output("maximumEventAgeInSeconds")]
        public Output<int?> MaximumEventAgeInSeconds { get; private set; } = null!;

        [Output("maximumRetryAttempts")]
        public Output<int?> MaximumRetryAttempts { get; private set; } = null!;

        [Output("qualifier")]
        public Output<string?> Qualifier { get; private set; } = null!;

        [Output("region")]
        public Output<string> Region { get; private set; } = null!;

        public FunctionEventInvokeConfig(string name, FunctionEventInvokeConfigArgs args, CustomResourceOptions? options = null)
            : base("aws:lambda/functionEventInvokeConfig:FunctionEventInvokeConfig", name, args ?? new FunctionEventInvokeConfigArgs(), MakeResourceOptions(options, ""))
        {
        }

        private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
        {
            var defaultOptions = new CustomResourceOptions
            {
                Version = Utilities.Version,
            };
            var merged = CustomResourceOptions.Merge(defaultOptions, options);
            // As in the generated SDK: new resources pass an empty id; only a non-empty id means "read an existing resource".
            merged.Id = id ?? merged.Id;
            return merged;
        }
    }

    public sealed class FunctionEventInvokeConfigArgs : global::Pulumi.ResourceArgs
    {
        [Input("destinationConfig")]
        public Input<Inputs.FunctionEventInvokeConfigDestinationConfigArgs>? DestinationConfig { get; set; }

        [Input("functionName", required: true)]
        public Input<string> FunctionName { get; set; } = null!;

        [Input("maximumEventAgeInSeconds")]
        public Input<int>? MaximumEventAgeInSeconds { get; set; }

        [Input("maximumRetryAttempts")]
        public Input<int>? MaximumRetryAttempts { get; set; }

        [Input("qualifier")]
        public Input<string>? Qualifier { get; set; }

        [Input("region")]
        public Input<string>? Region { get; set; }

        public FunctionEventInvokeConfigArgs()
        {
        }
        public static new FunctionEventInvokeConfigArgs Empty => new FunctionEventInvokeConfigArgs();
    }
}
