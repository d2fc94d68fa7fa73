// Offline facade of Pulumi.Aws 7.48.0 (see offline/README.md): same public shape as the generated SDK.
using System.Collections.Immutable;

namespace Pulumi.Aws.Lambda
{
    [AwsResourceType("aws:lambda/function:Function")]
    public partial class Function : global::Pulumi.CustomResource
    {
        [Output("architectures")]
        public Output<ImmutableArray<string>> Architectures { get; private set; } = null!;

        [Output("arn")]
        public Output<string> Arn { get; private set; } = null!;

        [Output("code")]
        public Output<Archive?> Code { get; private set; } = null!;

        [Output("codeSha256")]
        public Output<string> CodeSha256 { get; private set; } = null!;

        [Output("deadLetterConfig")]
        public Output<Outputs.FunctionDeadLetterConfig?> DeadLetterConfig { get; private set; } = null!;

        [Output("description")]
        public Output<string?> Description { get; private set; } = null!;

        [Output("environment")]
        public Output<Outputs.FunctionEnvironment?> Environment { get; private set; } = null!;

        [Output("ephemeralStorage")]
        public Output<Outputs.FunctionEphemeralStorage> EphemeralStorage { get; private set; } = null!;

        [Output("handler")]
        public Output<string?> Handler { get; private set; } = null!;

        [Output("invokeArn")]
        public Output<string> InvokeArn { get; private set; } = null!;

        [Output("kmsKeyArn")]
        public Output<string?> KmsKeyArn { get; private set; } = null!;

        [Output("lastModified")]
        public Output<string> LastModified { get; private set; } = null!;

        [Output("layers")]
        public Output<ImmutableArray<string>> Layers { get; private set; } = null!;

        [Output("loggingConfig")]
        public Output<Outputs.FunctionLoggingConfig> LoggingConfig { get; private set; } = null!;

        [Output("memorySize")]
        public Output<int?> MemorySize { get; private set; } = null!;

        [Output("name")]
        public Output<string> Name { get; private set; } = null!;

        [Output("packageType")]
        public Output<string?> PackageType { get; private set; } = null!;

        [Output("publish")]
        public Output<bool?> Publish { get; private set; } = null!;

        [Output("qualifiedArn")]
        public Output<string> QualifiedArn { get; private set; } = null!;

        [Output("qualifiedInvokeArn")]
        public Output<string> QualifiedInvokeArn { get; private set; } = null!;

        [Output("region")]
        public Output<string> Region { get; private set; } = null!;

        [Output("reservedConcurrentExecutions")]
        public Output<int?> ReservedConcurrentExecutions { get; private set; } = null!;

        [Output("role")]
        public Output<string> Role { get; private set; } = null!;

        [Output("runtime")]
        public Output<string?> Runtime { get; private set; } = null!;

        [Output("sourceCodeHash")]
        public Output<string> SourceCodeHash { get; private set; } = null!;

        [Output("sourceCodeSize")]
        public Output<int> SourceCodeSize { get; private set; } = null!;

        [Output("tags")]
        public Output<ImmutableDictionary<string, string>?> Tags { get; private set; } = null!;

        [Output("tagsAll")]
        public Output<ImmutableDictionary<string, string>> TagsAll { get; private set; } = null!;

        [Output("timeout")]
        public Output<int?> Timeout { get; private set; } = null!;

        [Output("tracingConfig")]
        public Output<Outputs.FunctionTracingConfig> TracingConfig { get; private set; } = null!;

        [Output("version")]
        public Output<string> Version { get; private set; } = null!;

        public Function(string name, FunctionArgs args, CustomResourceOptions? options = null)
            : base("aws:lambda/function:Function", name, args ?? new FunctionArgs(), MakeResourceOptions(options, ""))
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

    public sealed class FunctionArgs : global::Pulumi.ResourceArgs
    {
        [Input("architectures")]
        private InputList<string>? _architectures;
        public InputList<string> Architectures
        {
            get => _architectures ?? (_architectures = new InputList<string>());
            set => _architectures = value;
        }

        [Input("code")]
        public Input<Archive>? Code { get; set; }

        [Input("deadLetterConfig")]
        public Input<Inputs.FunctionDeadLetterConfigArgs>? DeadLetterConfig { get; set; }

        [Input("description")]
        public Input<string>? Description { get; set; }

        [Input("environment")]
        public Input<Inputs.FunctionEnvironmentArgs>? Environment { get; set; }

        [Input("ephemeralStorage")]
        public Input<Inputs.FunctionEphemeralStorageArgs>? EphemeralStorage { get; set; }

        [Input("handler")]
        public Input<string>? Handler { get; set; }

        [Input("kmsKeyArn")]
        public Input<string>? KmsKeyArn { get; set; }

        [Input("layers")]
        private InputList<string>? _layers;
        public InputList<string> Layers
        {
            get => _layers ?? (_layers = new InputList<string>());
            set => _layers = value;
        }

        [Input("loggingConfig")]
        public Input<Inputs.FunctionLoggingConfigArgs>? LoggingConfig { get; set; }

        [Input("memorySize")]
        public Input<int>? MemorySize { get; set; }

        [Input("name")]
        public Input<string>? Name { get; set; }

        [Input("packageType")]
        public Input<string>? PackageType { get; set; }

        [Input("publish")]
        public Input<bool>? Publish { get; set; }

        [Input("region")]
        public Input<string>? Region { get; set; }

        [Input("reservedConcurrentExecutions")]
        public Input<int>? ReservedConcurrentExecutions { get; set; }

        [Input("role", required: true)]
        public Input<string> Role { get; set; } = null!;

        [Input("runtime")]
        public InputUnion<string, Pulumi.Aws.Lambda.Runtime>? Runtime { get; set; }

        [Input("sourceCodeHash")]
        public Input<string>? SourceCodeHash { get; set; }

        [Input("tags")]
        private InputMap<string>? _tags;
        public InputMap<string> Tags
        {
            get => _tags ?? (_tags = new InputMap<string>());
            set => _tags = value;
        }

        [Input("timeout")]
        public Input<int>? Timeout { get; set; }

        [Input("tracingConfig")]
        public Input<Inputs.FunctionTracingConfigArgs>? TracingConfig { get; set; }

        public FunctionArgs()
        {
        }
        public static new FunctionArgs Empty => new FunctionArgs();
    }
}
