// Offline facade of Pulumi.Aws 7.48.0 (see offline/README.md): aws:index/getCallerIdentity:getCallerIdentity.
using System.Threading.Tasks;

namespace Pulumi.Aws
{
    public static class GetCallerIdentity
    {
        public static Task<GetCallerIdentityResult> InvokeAsync(GetCallerIdentityArgs? args = null, InvokeOptions? options = null)
            => global::Pulumi.Deployment.Instance.InvokeAsync<GetCallerIdentityResult>("aws:index/getCallerIdentity:getCallerIdentity", args ?? new GetCallerIdentityArgs(), options.WithDefaults());

        public static Output<GetCallerIdentityResult> Invoke(GetCallerIdentityInvokeArgs? args = null, InvokeOptions? options = null)
            => global::Pulumi.Deployment.Instance.Invoke<GetCallerIdentityResult>("aws:index/getCallerIdentity:getCallerIdentity", args ?? new GetCallerIdentityInvokeArgs(), options.WithDefaults());
    }

    public sealed class GetCallerIdentityArgs : global::Pulumi.InvokeArgs
    {
        [Input("id")]
        public string? Id { get; set; }

        public GetCallerIdentityArgs()
        {
        }
        public static new GetCallerIdentityArgs Empty => new GetCallerIdentityArgs();
    }

    public sealed class GetCallerIdentityInvokeArgs : global::Pulumi.InvokeArgs
    {
        [Input("id")]
        public Input<string>? Id { get; set; }

        public GetCallerIdentityInvokeArgs()
        {
        }
        public static new GetCallerIdentityInvokeArgs Empty => new GetCallerIdentityInvokeArgs();
    }

    [OutputType]
    public sealed class GetCallerIdentityResult
    {
        public readonly string AccountId;
        public readonly string Arn;
        public readonly string Id;
        public readonly string UserId;

        [OutputConstructor]
        private GetCallerIdentityResult(
            string accountId,
            string arn,
            string id,
            string userId)
        {
            AccountId = accountId;
            Arn = arn;
            Id = id;
            UserId = userId;
        }
    }
}
