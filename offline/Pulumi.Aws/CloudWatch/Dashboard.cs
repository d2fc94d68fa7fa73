// Offline facade of Pulumi.Aws 7.48.0 (see offline/README.md): same public shape as the generated SDK.
using System.Collections.Immutable;

namespace Pulumi.Aws.CloudWatch
{
    [AwsResourceType("aws:cloudwatch/dashboard:Dashboard")]
    public partial class Dashboard : global::Pulumi.CustomResource
    {
        [Output("dashboardArn")]
        public Output<string> DashboardArn { get; private set; } = null!;

        [Output("dashboardBody")]
        public Output<string> DashboardBody { get; private set; } = null!;

        [Output("dashboardName")]
        public Output<string> DashboardName { get; private set; } = null!;

        [Output("region")]
        public Output<string> Region { get; private set; } = null!;

        public Dashboard(string name, DashboardArgs args, CustomResourceOptions? options = null)
            : base("aws:cloudwatch/dashboard:Dashboard", name, args ?? new DashboardArgs(), MakeResourceOptions(options, ""))
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

    public sealed class DashboardArgs : global::Pulumi.ResourceArgs
    {
        [Input("dashboardBody", required: true)]
        public Input<string> DashboardBody { get; set; } = null!;

        [Input("dashboardName", required: true)]
        public Input<string> DashboardName { get; set; } = null!;

        [Input("region")]
        public Input<string>? Region { get; set; }

        public DashboardArgs()
        {
        }
        public static new DashboardArgs Empty => new DashboardArgs();
    }
}
