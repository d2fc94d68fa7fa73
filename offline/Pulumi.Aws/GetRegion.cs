// Offline facade of Pulumi.Aws 7.48.0 (see offline/README.md): aws:index/getRegion:getRegion.
// The deprecated arguments `id` and `name` are left out; the result keeps every field the provider returns.
using System.Threading.Tasks;

namespace Pulumi.Aws
{
    public static class GetRegion
    {
        public static Task<GetRegionResult> InvokeAsync(GetRegionArgs? args = null, InvokeOptions? options = null)
            => global::Pulumi.Deployment.Instance.InvokeAsync<GetRegionResult>("aws:index/getRegion:getRegion", args ?? new GetRegionArgs(), options.WithDefaults());

        public static Output<GetRegionResult> Invoke(GetRegionInvokeArgs? args = null, InvokeOptions? options = null)
            => global::Pulumi.Deployment.Instance.Invoke<GetRegionResult>("aws:index/getRegion:getRegion", args ?? new GetRegionInvokeArgs(), options.WithDefaults());
    }

    public sealed class GetRegionArgs : global::Pulumi.InvokeArgs
    {
        [Input("endpoint")]
        public string? Endpoint { get; set; }

        [Input("region")]
        public string? Region { get; set; }

        public GetRegionArgs()
        {
        }
        public static new GetRegionArgs Empty => new GetRegionArgs();
    }

    public sealed class GetRegionInvokeArgs : global::Pulumi.InvokeArgs
    {
        [Input("endpoint")]
        public Input<string>? Endpoint { get; set; }

        [Input("region")]
        public Input<string>? Region { get; set; }

        public GetRegionInvokeArgs()
        {
        }
        public static new GetRegionInvokeArgs Empty => new GetRegionInvokeArgs();
    }

    [OutputType]
    public sealed class GetRegionResult
    {
        public readonly string Description;
        public readonly string Endpoint;
        public readonly string Id;
        public readonly string Name;
        public readonly string Region;

        [OutputConstructor]
        private GetRegionResult(
            string description,
            string endpoint,
            string id,
            string name,
            string region)
        {
            Description = description;
            Endpoint = endpoint;
            Id = id;
            Name = name;
            Region = region;
        }
    }
}
