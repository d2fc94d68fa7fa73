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
    /// A string-keyed map of inputs. Supports collection initializers, the indexer setter and implicit
    /// conversion from dictionaries and outputs of dictionaries. Later entries win.
    /// </summary>
    public sealed class InputMap<TValue> : Input<ImmutableDictionary<string, TValue>>, IEnumerable, IAsyncEnumerable<Input<KeyValuePair<string, TValue>>>, IInputCollection
    {
        /// <summary>A part is either one entry or an output of many entries.</summary>
        private sealed record Part(string? Key, Input<TValue>? Value, Output<ImmutableDictionary<string, TValue>>? Entries);

        private ImmutableList<Part> _parts;

        public InputMap()
            : this(ImmutableList<Part>.Empty)
        {
        }

        private InputMap(ImmutableList<Part> parts)
            : base(Output.Create(ImmutableDictionary<string, TValue>.Empty))
        {
            _parts = parts;
        }

        private static InputMap<TValue> FromEntries(IEnumerable<KeyValuePair<string, TValue>>? entries)
            => new InputMap<TValue>(ImmutableList.CreateRange(
                (entries ?? Enumerable.Empty<KeyValuePair<string, TValue>>()).Select(e => new Part(e.Key, (Input<TValue>)e.Value, null))));

        private static InputMap<TValue> FromOutput(Output<ImmutableDictionary<string, TValue>> entries)
            => new InputMap<TValue>(ImmutableList.Create(new Part(null, null, entries)));

        public void Add(string key, Input<TValue> value)
        {
            if (_parts.Any(part => part.Key == key))
            {
                throw new ArgumentException($"An item with the same key has already been added. Key: {key}", nameof(key));
            }

            _parts = _parts.Add(new Part(key, value, null));
        }

        public Input<TValue> this[string key]
        {
            set => _parts = _parts.RemoveAll(part => part.Key == key).Add(new Part(key, value, null));
        }

        public void Add(InputMap<TValue> values)
            => _parts = _parts.AddRange(values._parts);

        public void AddRange(InputMap<TValue> values)
            => Add(values);

        public static InputMap<TValue> Merge(InputMap<TValue> first, InputMap<TValue> second)
            => new InputMap<TValue>(first._parts.AddRange(second._parts));

        private protected override Output<ImmutableDictionary<string, TValue>> CurrentOutput()
        {
            var parts = _parts.Select(part => part.Key != null
                ? part.Value!.ToOutput().Apply(value => ImmutableDictionary<string, TValue>.Empty.Add(part.Key, value))
                : part.Entries!);
            return Output.All(parts).Apply(chunks =>
            {
                var builder = ImmutableDictionary.CreateBuilder<string, TValue>();
                foreach (var chunk in chunks)
                {
                    foreach (var entry in chunk ?? ImmutableDictionary<string, TValue>.Empty)
                    {
                        builder[entry.Key] = entry.Value;
                    }
                }

                return builder.ToImmutable();
            });
        }

        IEnumerable<(string? Key, IOutput Output, bool IsMany)> IInputCollection.Parts
            => _parts.Select(part => part.Key != null
                ? (part.Key, (IOutput)part.Value!.ToOutput(), false)
                : ((string?)null, (IOutput)part.Entries!, true));

        bool IInputCollection.IsMap => true;

        IEnumerator IEnumerable.GetEnumerator()
            => throw new NotSupportedException($"An {nameof(InputMap<TValue>)} cannot be synchronously enumerated. Use {nameof(GetAsyncEnumerator)} instead.");

        public async IAsyncEnumerator<Input<KeyValuePair<string, TValue>>> GetAsyncEnumerator(CancellationToken cancellationToken)
        {
            var data = await CurrentOutput().DataTask.ConfigureAwait(false);
            foreach (var entry in data.Value)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return entry;
            }
        }

        public static implicit operator InputMap<TValue>(Dictionary<string, TValue> values) => FromEntries(values);

        public static implicit operator InputMap<TValue>(ImmutableDictionary<string, TValue> values) => FromEntries(values);

        public static implicit operator InputMap<TValue>(Output<Dictionary<string, TValue>> values)
            => FromOutput(values.Apply(v => (v ?? new Dictionary<string, TValue>()).ToImmutableDictionary()));

        public static implicit operator InputMap<TValue>(Output<IDictionary<string, TValue>> values)
            => FromOutput(values.Apply(v => (v ?? new Dictionary<string, TValue>()).ToImmutableDictionary()));

        public static implicit operator InputMap<TValue>(Output<ImmutableDictionary<string, TValue>> values)
            => FromOutput(values.Apply(v => v ?? ImmutableDictionary<string, TValue>.Empty));
    }
}
