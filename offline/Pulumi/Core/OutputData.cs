using System.Collections.Immutable;

namespace Pulumi
{
    /// <summary>
    /// The resolved state of an <see cref="Output{T}"/>: its value, whether that value is known (it is not
    /// during a preview when a resource has not reported it) and secret, and the resources it came from.
    /// </summary>
    internal readonly struct OutputData<T>
    {
        public OutputData(ImmutableHashSet<Resource> resources, T value, bool isKnown, bool isSecret)
        {
            Resources = resources;
            Value = value;
            IsKnown = isKnown;
            IsSecret = isSecret;
        }

        public ImmutableHashSet<Resource> Resources { get; }
        public T Value { get; }
        public bool IsKnown { get; }
        public bool IsSecret { get; }

        public static OutputData<T> Known(T value, bool isSecret = false)
            => new OutputData<T>(ImmutableHashSet<Resource>.Empty, value, isKnown: true, isSecret);

        public static OutputData<T> Unknown(ImmutableHashSet<Resource> resources, bool isSecret)
            => new OutputData<T>(resources, default!, isKnown: false, isSecret);
    }
}
