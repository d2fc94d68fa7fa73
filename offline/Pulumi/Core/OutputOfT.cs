using System;
using System.Collections.Immutable;
using System.Threading.Tasks;

namespace Pulumi
{
    /// <summary>
    /// A value that becomes available asynchronously (typically a resource property), together with
    /// whether it is known, whether it is secret, and which resources it depends on.
    /// </summary>
    public sealed class Output<T> : IOutput
    {
        internal Task<OutputData<T>> DataTask { get; }

        internal Output(Task<OutputData<T>> dataTask)
        {
            DataTask = dataTask;
            // The running deployment waits for every output before it finishes, as the real runner does:
            // that is what surfaces exceptions thrown inside Apply callbacks.
            OfflineDeployment.Current?.RegisterTask(dataTask);
        }

        public static Output<T> Create(Task<T> value)
            => new Output<T>(WrapAsync(value, isSecret: false));

        internal static Output<T> CreateSecret(Task<T> value)
            => new Output<T>(WrapAsync(value, isSecret: true));

        internal static Output<T> CreateUnknown(Task<T> value)
            => new Output<T>(UnknownAsync(value));

        private static async Task<OutputData<T>> WrapAsync(Task<T> value, bool isSecret)
            => OutputData<T>.Known(await value.ConfigureAwait(false), isSecret);

        private static async Task<OutputData<T>> UnknownAsync(Task<T> value)
        {
            var resolved = await value.ConfigureAwait(false);
            return new OutputData<T>(ImmutableHashSet<Resource>.Empty, resolved, isKnown: false, isSecret: false);
        }

        internal Output<T> WithIsSecret(bool isSecret)
            => new Output<T>(WithIsSecretAsync(isSecret));

        private async Task<OutputData<T>> WithIsSecretAsync(bool isSecret)
        {
            var data = await DataTask.ConfigureAwait(false);
            return new OutputData<T>(data.Resources, data.Value, data.IsKnown, isSecret);
        }

        internal Output<T> WithDependency(Resource resource)
            => new Output<T>(WithDependencyAsync(resource));

        private async Task<OutputData<T>> WithDependencyAsync(Resource resource)
        {
            var data = await DataTask.ConfigureAwait(false);
            return new OutputData<T>(data.Resources.Add(resource), data.Value, data.IsKnown, data.IsSecret);
        }

        public Output<TResult> Apply<TResult>(Func<T, TResult> func)
            => new Output<TResult>(ApplyAsync<TResult>(value => Output.Create(func(value))));

        public Output<TResult> Apply<TResult>(Func<T, Task<TResult>> func)
            => new Output<TResult>(ApplyAsync<TResult>(value => Output.Create(func(value))));

        public Output<TResult> Apply<TResult>(Func<T, Input<TResult>?> func)
            => new Output<TResult>(ApplyAsync<TResult>(value => func(value)?.ToOutput()));

        public Output<TResult> Apply<TResult>(Func<T, Output<TResult>?> func)
            => new Output<TResult>(ApplyAsync(func));

        public Output<ValueTuple> Apply(Func<T, Task> func)
            => new Output<ValueTuple>(ApplyAsync<ValueTuple>(value => Output.Create(RunAsync(func, value))));

        public Output<TResult> UntypedApply<TResult>(Func<object?, Output<TResult>> func)
            => new Output<TResult>(ApplyAsync<TResult>(value => func(value)));

        private static async Task<ValueTuple> RunAsync(Func<T, Task> func, T value)
        {
            await func(value).ConfigureAwait(false);
            return default;
        }

        private async Task<OutputData<TResult>> ApplyAsync<TResult>(Func<T, Output<TResult>?> func)
        {
            var data = await DataTask.ConfigureAwait(false);
            if (!data.IsKnown)
            {
                // Like the real SDK: during a preview the callback never sees a value that is not known.
                return OutputData<TResult>.Unknown(data.Resources, data.IsSecret);
            }

            var inner = func(data.Value);
            if (inner == null)
            {
                return new OutputData<TResult>(data.Resources, default!, isKnown: true, data.IsSecret);
            }

            var innerData = await inner.DataTask.ConfigureAwait(false);
            return new OutputData<TResult>(
                data.Resources.Union(innerData.Resources),
                innerData.Value,
                innerData.IsKnown,
                data.IsSecret || innerData.IsSecret);
        }

        /// <summary>
        /// As the real SDK (Output.cs, v3.90.0): the same guidance text, thrown when PULUMI_ERROR_OUTPUT_STRING is 1 or
        /// true, otherwise logged as a warning (which fails outside a deployment) and returned with a closing line.
        /// </summary>
        public override string ToString()
        {
            var message = string.Join(Environment.NewLine,
                "Calling [ToString] on an [Output<T>] is not supported.",
                "",
                "To get the value of an Output<T> as an Output<string> consider:",
                "1. o.Apply(v => $\"prefix{v}suffix\")",
                "2. Output.Format($\"prefix{hostname}suffix\");",
                "",
                "See https://www.pulumi.com/docs/concepts/inputs-outputs for more details.");
            var setting = Environment.GetEnvironmentVariable("PULUMI_ERROR_OUTPUT_STRING");
            if (setting == "1" || string.Equals(setting, "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException(message);
            }

            Log.Warn(message);
            return message + Environment.NewLine + "This function may throw in a future version of Pulumi.";
        }

        Type IOutput.ValueType => typeof(T);

        async Task<OutputData<object?>> IOutput.GetDataAsync()
        {
            var data = await DataTask.ConfigureAwait(false);
            return new OutputData<object?>(data.Resources, data.Value, data.IsKnown, data.IsSecret);
        }

        async Task<ImmutableHashSet<Resource>> IOutput.GetResourcesAsync()
            => (await DataTask.ConfigureAwait(false)).Resources;
    }
}
