// Offline facade of Pulumi.Aws 7.48.0 (see offline/README.md): same public shape as the generated SDK.
using System.Collections.Immutable;

namespace Pulumi.Aws.Kinesis
{
    [AwsResourceType("aws:kinesis/stream:Stream")]
    public partial class Stream : global::Pulumi.CustomResource
    {
        [Output("arn")]
        public Output<string> Arn { get; private set; } = null!;

        [Output("encryptionType")]
        public Output<string?> EncryptionType { get; private set; } = null!;

        [Output("enforceConsumerDeletion")]
        public Output<bool?> EnforceConsumerDeletion { get; private set; } = null!;

        [Output("kmsKeyId")]
        public Output<string?> KmsKeyId { get; private set; } = null!;

        [Output("name")]
        public Output<string> Name { get; private set; } = null!;

        [Output("region")]
        public Output<string> Region { get; private set; } = null!;

        [Output("retentionPeriod")]
        public Output<int?> RetentionPeriod { get; private set; } = null!;

        [Output("shardCount")]
        public Output<int?> ShardCount { get; private set; } = null!;

        [Output("shardLevelMetrics")]
        public Output<ImmutableArray<string>> ShardLevelMetrics { get; private set; } = null!;

        [Output("streamModeDetails")]
        public Output<Outputs.StreamStreamModeDetails> StreamModeDetails { get; private set; } = null!;

        [Output("tags")]
        public Output<ImmutableDictionary<string, string>?> Tags { get; private set; } = null!;

        [Output("tagsAll")]
        public Output<ImmutableDictionary<string, string>> TagsAll { get; private set; } = null!;

        public Stream(string name, StreamArgs? args = null, CustomResourceOptions? options = null)
            : base("aws:kinesis/stream:Stream", name, args ?? new StreamArgs(), MakeResourceOptions(options, ""))
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

    public sealed class StreamArgs : global::Pulumi.ResourceArgs
    {
        [Input("encryptionType")]
        public Input<string>? EncryptionType { get; set; }

        [Input("enforceConsumerDeletion")]
        public Input<bool>? EnforceConsumerDeletion { get; set; }

        [Input("kmsKeyId")]
        public Input<string>? KmsKeyId { get; set; }

        [Input("name")]
        public Input<string>? Name { get; set; }

        [Input("region")]
        public Input<string>? Region { get; set; }

        [Input("retentionPeriod")]
        public Input<int>? RetentionPeriod { get; set; }

        [Input("shardCount")]
        public Input<int>? ShardCount { get; set; }

        [Input("shardLevelMetrics")]
        private InputList<string>? _shardLevelMetrics;
        public InputList<string> ShardLevelMetrics
        {
            get => _shardLevelMetrics ?? (_shardLevelMetrics = new InputList<string>());
            set => _shardLevelMetrics = value;
        }

        [Input("streamModeDetails")]
        public Input<Inputs.StreamStreamModeDetailsArgs>? StreamModeDetails { get; set; }

        [Input("tags")]
        private InputMap<string>? _tags;
        public InputMap<string> Tags
        {
            get => _tags ?? (_tags = new InputMap<string>());
            set => _tags = value;
        }

        public StreamArgs()
        {
        }
        public static new StreamArgs Empty => new StreamArgs();
    }
}
