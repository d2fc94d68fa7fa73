using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Pulumi.Testing;

namespace Pulumi
{
    /// <summary>
    /// Entry points of a Pulumi program. In this offline facade the RunAsync overloads fail as the real ones do
    /// without an engine (see <see cref="OfflineSdk"/>); the TestAsync overloads run the program against <see cref="IMocks"/>.
    /// </summary>
    public sealed class Deployment
    {
        private Deployment()
        {
        }

        public static DeploymentInstance Instance => new DeploymentInstance(OfflineDeployment.Instance);

        public static Task<int> RunAsync(Action action) => OfflineSdk.RunAsync();

        public static Task<int> RunAsync(Func<IDictionary<string, object?>> func) => OfflineSdk.RunAsync();

        public static Task<int> RunAsync(Func<Task> func) => OfflineSdk.RunAsync();

        public static Task<int> RunAsync(Func<Task<IDictionary<string, object?>>> func, StackOptions? options = null) => OfflineSdk.RunAsync();

        public static Task<int> RunAsync<TStack>() where TStack : Stack, new() => OfflineSdk.RunAsync();

        public static Task<int> RunAsync<TStack>(IServiceProvider serviceProvider) where TStack : Stack => OfflineSdk.RunAsync();

        public static Task<ImmutableArray<Resource>> TestAsync<TStack>(IMocks mocks, TestOptions? options = null)
            where TStack : Stack, new()
            => TestAsync(mocks, options, () => new TStack());

        public static Task<ImmutableArray<Resource>> TestWithServiceProviderAsync<TStack>(IMocks mocks, IServiceProvider serviceProvider, TestOptions? options = null)
            where TStack : Stack
            => TestWithServiceProviderCoreAsync<TStack>(mocks, serviceProvider, options);

        // As the real runner (Deployment.Runner.cs): a null provider fails the call itself; an unresolvable type is
        // a program exception.
        private static async Task<ImmutableArray<Resource>> TestWithServiceProviderCoreAsync<TStack>(IMocks mocks, IServiceProvider serviceProvider, TestOptions? options)
            where TStack : Stack
        {
            await Task.CompletedTask.ConfigureAwait(false);
            if (serviceProvider == null)
            {
                throw new ArgumentNullException(nameof(serviceProvider));
            }

            return await TestAsync(mocks, options, () => serviceProvider.GetService(typeof(TStack)) as TStack
                ?? throw new InvalidOperationException($"Failed to resolve instance of type {typeof(TStack)} from service provider. Register the type with the service provider before calling RunAsync.")).ConfigureAwait(false);
        }

        public static async Task<ImmutableArray<Resource>> TestAsync(IMocks testMocks, TestOptions testOptions, Action createResources)
            => (await TestCallbackAsync(testMocks, testOptions, () =>
            {
                createResources();
                return Task.FromResult<IDictionary<string, object?>>(ImmutableDictionary<string, object?>.Empty);
            }).ConfigureAwait(false)).Resources;

        public static async Task<ImmutableArray<Resource>> TestAsync(IMocks testMocks, TestOptions testOptions, Func<Task> createResources)
            => (await TestCallbackAsync(testMocks, testOptions, async () =>
            {
                await createResources().ConfigureAwait(false);
                return ImmutableDictionary<string, object?>.Empty;
            }).ConfigureAwait(false)).Resources;

        public static Task<(ImmutableArray<Resource> Resources, IDictionary<string, object?> Outputs)> TestAsync(
            IMocks testMocks, TestOptions testOptions, Func<IDictionary<string, object?>> createResources)
            => TestCallbackAsync(testMocks, testOptions, () => Task.FromResult(createResources()));

        public static Task<(ImmutableArray<Resource> Resources, IDictionary<string, object?> Outputs)> TestAsync(
            IMocks testMocks, TestOptions testOptions, Func<Task<IDictionary<string, object?>>> createResources)
            => TestCallbackAsync(testMocks, testOptions, createResources);

        private static async Task<ImmutableArray<Resource>> TestAsync(IMocks mocks, TestOptions? options, Func<Stack> createStack)
        {
            var (resources, error) = await new OfflineDeployment(mocks, options).RunAsync(createStack).ConfigureAwait(false);
            return error != null ? throw error : resources;
        }

        /// <summary>Runs a callback inside an internal stack that is left out of the returned resources.</summary>
        private static async Task<(ImmutableArray<Resource> Resources, IDictionary<string, object?> Outputs)> TestCallbackAsync(
            IMocks mocks, TestOptions? options, Func<Task<IDictionary<string, object?>>> createResources)
        {
            TestStack? stack = null;
            var resources = await TestAsync(mocks, options, () => stack = new TestStack(createResources)).ConfigureAwait(false);
            return (resources.Where(r => r is not TestStack).ToImmutableArray(), stack!.CallbackOutputs);
        }
    }
}
