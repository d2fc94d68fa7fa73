using System;
using System.Collections.Immutable;
using System.Threading.Tasks;

namespace Pulumi.Utilities
{
    /// <summary>Reads an output's state directly; meant for tests.</summary>
    public static class OutputUtilities
    {
        /// <summary>The value, even when it is not known (then it is the default).</summary>
        public static async Task<T> GetValueAsync<T>(Output<T> output)
            => (await output.DataTask.ConfigureAwait(false)).Value;

        public static async Task<bool> GetIsKnownAsync<T>(Output<T> output)
            => (await output.DataTask.ConfigureAwait(false)).IsKnown;

        public static async Task<ImmutableHashSet<Resource>> GetDependenciesAsync<T>(Output<T> output)
            => (await output.DataTask.ConfigureAwait(false)).Resources;

        public static Output<T> CreateUnknown<T>(T value)
            => Output<T>.CreateUnknown(Task.FromResult(value));

        public static Output<T> CreateUnknown<T>(Func<Task<T>> valueFactory)
            => Output<T>.CreateUnknown(valueFactory());

        public static Output<T> WithDependency<T>(Output<T> output, Resource resource)
            => output.WithDependency(resource);
    }
}
