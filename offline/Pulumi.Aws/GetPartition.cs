// Offline facade of Pulumi.Aws 7.48.0 (see offline/README.md): aws:index/getPartition:getPartition.
// The deprecated argument `id` is left out; the result keeps every field the provider returns.
using System.Threading.Tasks;

namespace Pulumi.Aws
{
    public static class GetPartition
    {
        public static Task<GetPartitionResult> InvokeAsync(GetPartitionArgs? args = null, InvokeOptions? options = null)
            => global::Pulumi.Deployment.Instance.InvokeAsync<GetPartitionResult>("aws:index/getPartition:getPartition", args ?? new GetPartitionArgs(), options.WithDefaults());

        public static Output<GetPartitionResult> Invoke(GetPartitionInvokeArgs? args = null, InvokeOptions? options = null)
            => global::Pulumi.Deployment.Instance.Invoke<GetPartitionResult>("aws:index/getPartition:getPartition", args ?? new GetPartitionInvokeArgs(), options.WithDefaults());
    }

    public sealed class GetPartitionArgs : global::Pulumi.InvokeArgs
    {
        public GetPartitionArgs()
        {
        }
        public static new GetPartitionArgs Empty => new GetPartitionArgs();
    }

    public sealed class GetPartitionInvokeArgs : global::Pulumi.InvokeArgs
    {
        public GetPartitionInvokeArgs()
        {
        }
        public static new GetPartitionInvokeArgs Empty => new GetPartitionInvokeArgs();
    }

    [OutputType]
    public sealed class GetPartitionResult
    {
        public readonly string DnsSuffix;
        public readonly string Id;
        public readonly string Partition;
        public readonly string ReverseDnsPrefix;

        [OutputConstructor]
        private GetPartitionResult(
            string dnsSuffix,
            string id,
            string partition,
            string reverseDnsPrefix)
        {
            DnsSuffix = dnsSuffix;
            Id = id;
            Partition = partition;
            ReverseDnsPrefix = reverseDnsPrefix;
        }
    }
}
