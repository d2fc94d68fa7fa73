// Offline facade of Pulumi.Aws 7.48.0 (see offline/README.md): same public shape as the generated SDK.
using System.Collections.Immutable;

namespace Pulumi.Aws.CloudWatch
{
    [AwsResourceType("aws:cloudwatch/eventTarget:EventTarget")]
    public partial class EventTarget : global::Pulumi.CustomResource
    {
        [Output("arn")]
        public Output<string> Arn { get; private set; } = null!;

        [Output("deadLetterConfig")]
        public Output<Outputs.EventTargetDeadLetterConfig?> DeadLetterConfig { get; private set; } = null!;

        [Output("eventBusName")]
        public Output<string?> EventBusName { get; private set; } = null!;

        [Output("input")]
        public Output<string?> Input { get; private set; } = null!;

        [Output("inputPath")]
        public Output<string?> InputPath { get; private set; } = null!;

        [Output("region")]
        public Output<string> Region { get; private set; } = null!;

        [Output("retryPolicy")]
        public Output<Outputs.EventTargetRetryPolicy?> RetryPolicy { get; private set; } = null!;

        [Output("roleArn")]
        public Output<string?> RoleArn { get; private set; } = null!;

        [Output("rule")]
        public Output<string> Rule { get; private set; } = null!;

        [Output("targetId")]
        public Output<string> TargetId { get; private set; } = null!;

        public EventTarget(string name, EventTargetArgs args, CustomResourceOptions? options = null)
            : base("aws:cloudwatch/eventTarget:EventTarget", name, args ?? new EventTargetArgs(), MakeResourceOptions(options, ""))
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

    public sealed class EventTargetArgs : global::Pulumi.ResourceArgs
    {
        [Input("arn", required: true)]
        public Input<string> Arn { get; set; } = null!;

        [Input("deadLetterConfig")]
        public Input<Inputs.EventTargetDeadLetterConfigArgs>? DeadLetterConfig { get; set; }

        [Input("eventBusName")]
        public Input<string>? EventBusName { get; set; }

        [Input("input")]
        public Input<string>? Input { get; set; }

        [Input("inputPath")]
        public Input<string>? InputPath { get; set; }

        [Input("region")]
        public Input<string>? Region { get; set; }

        [Input("retryPolicy")]
        public Input<Inputs.EventTargetRetryPolicyArgs>? RetryPolicy { get; set; }

        [Input("roleArn")]
        public Input<string>? RoleArn { get; set; }

        [Input("rule", required: true)]
        public Input<string> Rule { get; set; } = null!;

        [Input("targetId")]
        public Input<string>? TargetId { get; set; }

        public EventTargetArgs()
        {
        }
        public static new EventTargetArgs Empty => new EventTargetArgs();
    }
}
