// Offline facade of Pulumi.Random (see offline/README.md): random:index/randomId:RandomId.
using System.Collections.Immutable;

namespace Pulumi.Random
{
    [RandomResourceType("random:index/randomId:RandomId")]
    public partial class RandomId : global::Pulumi.CustomResource
    {
        [Output("b64Std")]
        public Output<string> B64Std { get; private set; } = null!;

        [Output("b64Url")]
        public Output<string> B64Url { get; private set; } = null!;

        [Output("byteLength")]
        public Output<int> ByteLength { get; private set; } = null!;

        [Output("dec")]
        public Output<string> Dec { get; private set; } = null!;

        [Output("hex")]
        public Output<string> Hex { get; private set; } = null!;

        [Output("keepers")]
        public Output<ImmutableDictionary<string, string>?> Keepers { get; private set; } = null!;

        [Output("prefix")]
        public Output<string?> Prefix { get; private set; } = null!;

        public RandomId(string name, RandomIdArgs args, CustomResourceOptions? options = null)
            : base("random:index/randomId:RandomId", name, args ?? new RandomIdArgs(), MakeResourceOptions(options, ""))
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

    public sealed class RandomIdArgs : global::Pulumi.ResourceArgs
    {
        [Input("byteLength", required: true)]
        public Input<int> ByteLength { get; set; } = null!;

        [Input("keepers")]
        private InputMap<string>? _keepers;
        public InputMap<string> Keepers
        {
            get => _keepers ?? (_keepers = new InputMap<string>());
            set => _keepers = value;
        }

        [Input("prefix")]
        public Input<string>? Prefix { get; set; }

        public RandomIdArgs()
        {
        }
        public static new RandomIdArgs Empty => new RandomIdArgs();
    }
}
