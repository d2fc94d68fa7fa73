// Offline facade of Pulumi.Aws 7.48.0 (see offline/README.md): same public shape as the generated SDK.
using System.Collections.Immutable;

namespace Pulumi.Aws.Iam.Inputs
{

    public sealed class PolicyDocumentArgs : global::Pulumi.ResourceArgs
    {
        [Input("Id")]
        public Input<string>? Id { get; set; }

        [Input("Statement", required: true)]
        private InputList<Inputs.PolicyStatementArgs>? _Statement;
        public InputList<Inputs.PolicyStatementArgs> Statement
        {
            get => _Statement ?? (_Statement = new InputList<Inputs.PolicyStatementArgs>());
            set => _Statement = value;
        }

        [Input("Version", required: true)]
        public Input<Pulumi.Aws.Iam.PolicyDocumentVersion> Version { get; set; } = null!;

        public PolicyDocumentArgs()
        {
        }
        public static new PolicyDocumentArgs Empty => new PolicyDocumentArgs();
    }
}
