// Offline facade of Pulumi.Aws 7.48.0 (see offline/README.md): same public shape as the generated SDK.
using System.Collections.Immutable;

namespace Pulumi.Aws.Lambda
{
    [AwsResourceType("aws:lambda/permission:Permission")]
    public partial class Permission : global::Pulumi.CustomResource
    {
        [Output("action")]
        public Output<string> Action { get; private set; } = null!;

        [Output("eventSourceToken")]
        public Output<string?> EventSourceToken { get; private set; } = null!;

        [Output("function")]
        public Output<string> Function { get; private set; } = null!;

        [Output("principal")]
        public Output<string> Principal { get; private set; } = null!;

        [Output("principalOrgId")]
        public Output<string?> PrincipalOrgId { get; private set; } = null!;

        [Output("qualifier")]
        public Output<string?> Qualifier { get; private set; } = null!;

        [Output("region")]
        public Output<string> Region { get; private set; } = null!;

        [Output("sourceAccount")]
        public Output<string?> SourceAccount { get; private set; } = null!;

        [Output("sourceArn")]
        public Output<string?> SourceArn { get; private set; } = null!;

        [Output("statementId")]
        public Output<string> StatementId { get; private set; } = null!;

        [Output("statementIdPrefix")]
        public Output<string> StatementIdPrefix { get; private set; } = null!;

        public Permission(string name, PermissionArgs args, CustomResourceOptions? options = null)
            : base("aws:lambda/permission:Permission", name, args ?? new PermissionArgs(), MakeResourceOptions(options, ""))
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

    public sealed class PermissionArgs : global::Pulumi.ResourceArgs
    {
        [Input("action", required: true)]
        public Input<string> Action { get; set; } = null!;

        [Input("eventSourceToken")]
        public Input<string>? EventSourceToken { get; set; }

        [Input("function", required: true)]
        public Input<string> Function { get; set; } = null!;

        [Input("principal", required: true)]
        public Input<string> Principal { get; set; } = null!;

        [Input("principalOrgId")]
        public Input<string>? PrincipalOrgId { get; set; }

        [Input("qualifier")]
        public Input<string>? Qualifier { get; set; }

        [Input("region")]
        public Input<string>? Region { get; set; }

        [Input("sourceAccount")]
        public Input<string>? SourceAccount { get; set; }

        [Input("sourceArn")]
        public Input<string>? SourceArn { get; set; }

        [Input("statementId")]
        public Input<string>? StatementId { get; set; }

        [Input("statementIdPrefix")]
        public Input<string>? StatementIdPrefix { get; set; }

        public PermissionArgs()
        {
        }
        public static new PermissionArgs Empty => new PermissionArgs();
    }
}
