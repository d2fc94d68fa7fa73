// Offline facade of Pulumi.Aws 7.48.0 (see offline/README.md): same public shape as the generated SDK.
using System.Collections.Immutable;

namespace Pulumi.Aws.Iam.Inputs
{

    public sealed class PolicyStatementArgs : global::Pulumi.ResourceArgs
    {
        [Input("Action")]
        public InputUnion<string, ImmutableArray<string>>? Action { get; set; }

        [Input("Condition")]
        private InputMap<object>? _Condition;
        public InputMap<object> Condition
        {
            get => _Condition ?? (_Condition = new InputMap<object>());
            set => _Condition = value;
        }

        [Input("Effect", required: true)]
        public Input<Pulumi.Aws.Iam.PolicyStatementEffect> Effect { get; set; } = null!;

        [Input("NotAction")]
        public InputUnion<string, ImmutableArray<string>>? NotAction { get; set; }

        [Input("NotPrincipal")]
        public object? NotPrincipal { get; set; }

        [Input("NotResource")]
        public InputUnion<string, ImmutableArray<string>>? NotResource { get; set; }

        [Input("Principal")]
        public object? Principal { get; set; }

        [Input("Resource")]
        public InputUnion<string, ImmutableArray<string>>? Resource { get; set; }

        [Input("Sid")]
        public Input<string>? Sid { get; set; }

        public PolicyStatementArgs()
        {
        }
        public static new PolicyStatementArgs Empty => new PolicyStatementArgs();
    }
}
