using System;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Pulumi.Serialization;

namespace Pulumi
{
    /// <summary>
    /// A resource output that is handed out at construction and resolved once the engine answers:
    /// from the returned state, or, if the state lacks it, as unknown in a preview and default(T) otherwise.
    /// </summary>
    internal abstract class OutputSlot
    {
        public static OutputSlot For(Type valueType)
            => (OutputSlot)Activator.CreateInstance(typeof(OutputSlot<>).MakeGenericType(valueType))!;

        public abstract IOutput Output { get; }

        public abstract void Resolve(object? wire, ImmutableHashSet<Resource> resources, string ctx);

        public abstract void ResolveMissing(ImmutableHashSet<Resource> resources, bool isKnown);

        public abstract void Fail(Exception exception);
    }

    internal sealed class OutputSlot<T> : OutputSlot
    {
        private readonly TaskCompletionSource<OutputData<T>> _source =
            new TaskCompletionSource<OutputData<T>>(TaskCreationOptions.RunContinuationsAsynchronously);

        public OutputSlot()
        {
            Typed = new Output<T>(_source.Task);
        }

        public Output<T> Typed { get; }

        public override IOutput Output => Typed;

        public override void Resolve(object? wire, ImmutableHashSet<Resource> resources, string ctx)
        {
            var data = WireConverter.Convert(wire, typeof(T), ctx);
            _source.TrySetResult(new OutputData<T>(resources, (T)data.Value!, data.IsKnown, data.IsSecret));
        }

        public override void ResolveMissing(ImmutableHashSet<Resource> resources, bool isKnown)
            => _source.TrySetResult(new OutputData<T>(resources, (T)WireConverter.DefaultOf(typeof(T))!, isKnown, isSecret: false));

        public override void Fail(Exception exception) => _source.TrySetException(exception);
    }
}
