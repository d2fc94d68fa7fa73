// Offline facade of Pulumi.Aws 7.48.0 (see offline/README.md): same public shape as the generated SDK.
using System.Collections.Immutable;

namespace Pulumi.Aws.DynamoDB.Inputs
{

    public sealed class TableTtlArgs : global::Pulumi.ResourceArgs
    {
        [Input("attributeName")]
        public Input<string>? AttributeName { get; set; }

        [Input("enabled")]
        public Input<bool>? Enabled { get; set; }

        public TableTtlArgs()
        {
        }
        public static new TableTtlArgs Empty => new TableTtlArgs();
    }
}
