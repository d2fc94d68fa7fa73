using System;
using System.Threading.Tasks;

namespace Pulumi
{
    /// <summary>The running deployment: its project, stack and mode, and invokes.</summary>
    public sealed class DeploymentInstance
    {
        private readonly OfflineDeployment _deployment;

        internal DeploymentInstance(OfflineDeployment deployment)
        {
            _deployment = deployment;
        }

        public string ProjectName => _deployment.ProjectName;

        public string StackName => _deployment.StackName;

        public string OrganizationName => _deployment.OrganizationName;

        public string RootDirectory
            => _deployment.RootDirectory ?? throw new InvalidOperationException("The Pulumi CLI version does not support root directory. Please update the Pulumi CLI.");

        /// <summary>True during a preview (TestOptions.IsPreview, which defaults to true).</summary>
        public bool IsDryRun => _deployment.IsDryRun;

        public Task<T> InvokeAsync<T>(string token, InvokeArgs args, InvokeOptions? options = null)
            => ValueAsync(Run<T>(token, args, options, single: false, outputForm: false));

        public Task<T> InvokeAsync<T>(string token, InvokeArgs args, InvokeOptions? options, RegisterPackageRequest? registerPackageRequest)
            => InvokeAsync<T>(token, args, options);

        public Task InvokeAsync(string token, InvokeArgs args, InvokeOptions? options = null)
            => Run<object>(token, args, options, single: false, outputForm: false);

        public Task InvokeAsync(string token, InvokeArgs args, InvokeOptions? options, RegisterPackageRequest? registerPackageRequest)
            => InvokeAsync(token, args, options);

        public Task<T> InvokeSingleAsync<T>(string token, InvokeArgs args, InvokeOptions? options = null)
            => ValueAsync(Run<T>(token, args, options, single: true, outputForm: false));

        public Task<T> InvokeSingleAsync<T>(string token, InvokeArgs args, InvokeOptions? options, RegisterPackageRequest? registerPackageRequest)
            => InvokeSingleAsync<T>(token, args, options);

        public Output<T> Invoke<T>(string token, InvokeArgs args, InvokeOptions? options = null)
            => new Output<T>(Run<T>(token, args, options, single: false, outputForm: true));

        public Output<T> Invoke<T>(string token, InvokeArgs args, InvokeOptions? options, RegisterPackageRequest? registerPackageRequest)
            => Invoke<T>(token, args, options);

        public Output<T> Invoke<T>(string token, InvokeArgs args, InvokeOutputOptions options)
            => new Output<T>(Run<T>(token, args, options, single: false, outputForm: true));

        public Output<T> Invoke<T>(string token, InvokeArgs args, InvokeOutputOptions options, RegisterPackageRequest? registerPackageRequest)
            => Invoke<T>(token, args, options);

        public Output<T> InvokeSingle<T>(string token, InvokeArgs args, InvokeOptions? options = null)
            => new Output<T>(Run<T>(token, args, options, single: true, outputForm: true));

        public Output<T> InvokeSingle<T>(string token, InvokeArgs args, InvokeOptions? options, RegisterPackageRequest? registerPackageRequest)
            => InvokeSingle<T>(token, args, options);

        public Output<T> InvokeSingle<T>(string token, InvokeArgs args, InvokeOutputOptions options)
            => new Output<T>(Run<T>(token, args, options, single: true, outputForm: true));

        public Output<T> InvokeSingle<T>(string token, InvokeArgs args, InvokeOutputOptions options, RegisterPackageRequest? registerPackageRequest)
            => InvokeSingle<T>(token, args, options);

        private Task<OutputData<T>> Run<T>(string token, InvokeArgs args, InvokeOptions? options, bool single, bool outputForm)
        {
            var task = Invoker.InvokeAsync<T>(_deployment, token, args, options, single, outputForm);
            _deployment.RegisterTask(task);
            return task;
        }

        private static async Task<T> ValueAsync<T>(Task<OutputData<T>> data)
            => (await data.ConfigureAwait(false)).Value;
    }
}
