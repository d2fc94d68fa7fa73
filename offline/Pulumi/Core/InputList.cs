using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Pulumi
{
    /// <summary>
    /// A list of inputs. Supports collection initializers and implicit conversion from arrays, lists,
    /// immutable arrays and outputs of those.
    /// </summary>
    public sealed class InputList<T> : Input<ImmutableArray<T>>, IEnumerable, IAsyncEnumerable<Input<T>>, IInputCollection
    {
        /// <summary>A part is either one item or an output of many items.</summary>
        private sealed record Part(Input<T>? Item, Output<ImmutableArray<T>>? Items);

        private ImmutableList<Part> _parts;

        public InputList()
            : this(ImmutableList<Part>.Empty)
        {
        }

        private InputList(ImmutableList<Part> parts)
            : base(Output.Create(ImmutableArray<T>.Empty))
        {
            _parts = parts;
        }

        private static InputList<T> FromItems(IEnumerable<Input<T>>? items)
            => new InputList<T>(ImmutableList.CreateRange((items ?? Enumerable.Empty<Input<T>>()).Select(item => new Part(item, null))));

        private static InputList<T> FromOutput(Output<ImmutableArray<T>> items)
            => new InputList<T>(ImmutableList.Create(new Part(null, items)));

        public void Add(params Input<T>[] inputs)
            => _parts = _parts.AddRange(inputs.Select(input => new Part(input, null)));

        public void Add(InputList<T> inputs)
            => _parts = _parts.AddRange(inputs._parts);

        public void AddRange(InputList<T> inputs)
            => Add(inputs);

        public InputList<T> Concat(InputList<T> other)
            => new InputList<T>(_parts.AddRange(other._parts));

        private protected override Output<ImmutableArray<T>> CurrentOutput()
        {
            var parts = _parts.Select(part => part.Item != null
                ? part.Item.ToOutput().Apply(item => ImmutableArray.Create(item))
                : part.Items!);
            return Output.All(parts).Apply(chunks => chunks.SelectMany(chunk => chunk).ToImmutableArray());
        }

        IEnumerable<(string? Key, IOutput Output, bool IsMany)> IInputCollection.Parts
            => _parts.Select(part => part.Item != null
                ? ((string?)null, (IOutput)part.Item.ToOutput(), false)
                : ((string?)null, (IOutput)part.Items!, true));

        bool IInputCollection.IsMap => false;

        IEnumerator IEnumerable.GetEnumerator()
            => throw new NotSupportedException($"An {nameof(InputList<T>)} cannot be synchronously enumerated. Use {nameof(GetAsyncEnumerator)} instead.");

        public async IAsyncEnumerator<Input<T>> GetAsyncEnumerator(CancellationToken cancellationToken)
        {
            var data = await CurrentOutput().DataTask.ConfigureAwait(false);
            foreach (var value in data.Value.IsDefault ? ImmutableArray<T>.Empty : data.Value)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return value;
            }
        }

        public static implicit operator InputList<T>(T value) => FromItems(new Input<T>[] { value });

        public static implicit operator InputList<T>(T[] values) => FromItems(values?.Select(v => (Input<T>)v));

        public static implicit operator InputList<T>(List<T> values) => FromItems(values?.Select(v => (Input<T>)v));

        public static implicit operator InputList<T>(ImmutableArray<T> values) => FromItems(values.IsDefault ? null : values.Select(v => (Input<T>)v));

        public static implicit operator InputList<T>(Input<T> value) => FromItems(new[] { value });

        public static implicit operator InputList<T>(Input<T>[] values) => FromItems(values);

        public static implicit operator InputList<T>(List<Input<T>> values) => FromItems(values);

        public static implicit operator InputList<T>(ImmutableArray<Input<T>> values) => FromItems(values.IsDefault ? null : values);

        public static implicit operator InputList<T>(Output<T> value) => FromItems(new Input<T>[] { value });

        public static implicit operator InputList<T>(Output<T>[] values) => FromItems(values?.Select(v => (Input<T>)v));

        public static implicit operator InputList<T>(List<Output<T>> values) => FromItems(values?.Select(v => (Input<T>)v));

        public static implicit operator InputList<T>(ImmutableArray<Output<T>> values) => FromItems(values.IsDefault ? null : values.Select(v => (Input<T>)v));

        public static implicit operator InputList<T>(Output<T[]> values) => FromOutput(values.Apply(v => ImmutableArray.CreateRange(v ?? Array.Empty<T>())));

        public static implicit operator InputList<T>(Output<List<T>> values) => FromOutput(values.Apply(v => ImmutableArray.CreateRange(v ?? new List<T>())));

        public static implicit operator InputList<T>(Output<IEnumerable<T>> values) => FromOutput(values.Apply(v => ImmutableArray.CreateRange(v ?? Enumerable.Empty<T>())));

        public static implicit operator InputList<T>(Output<ImmutableArray<T>> values) => FromOutput(values.Apply(v => v.IsDefault ? ImmutableArray<T>.Empty : v));
    }
}
