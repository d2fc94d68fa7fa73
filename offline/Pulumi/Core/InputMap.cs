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
    /// A string-keyed map of inputs, as the real InputMap (Core/InputMap.cs, v3.90.0): collection initializers, an
    /// indexer that is <see cref="Add(string, Input{TValue})"/> (it never overwrites), and implicit conversion from
    /// dictionaries and outputs of dictionaries. Adding a key twice is accepted when both values are equal; different
    /// values fail lazily, when the entry resolves ("Key 'k' already exists in the map with a different value."), which
    /// inside a deployment fails the run even if the map is never used. <see cref="Merge"/> lets the second map win.
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
            var index = _parts.FindIndex(part => part.Key == key);
            if (index < 0)
            {
                _parts = _parts.Add(new Part(key, value, null));
                return;
            }

            // Created now, so that inside a deployment its failure is seen whether or not the map is used.
            var existing = _parts[index].Value!;
            Input<TValue> checkedValue = Output.Tuple(existing, value).Apply(pair =>
                EqualityComparer<TValue>.Default.Equals(pair.Item1, pair.Item2)
                    ? pair.Item1
                    : throw new ArgumentException($"Key '{key}' already exists in the map with a different value."));
            _parts = _parts.SetItem(index, new Part(key, checkedValue, null));
        }

        public Input<TValue> this[string key]
        {
            set => Add(key, value);
        }

        /// <summary>As ImmutableDictionary.AddRange over the entries' inputs: a key both maps hold with different inputs fails when the map resolves.</summary>
        public void Add(InputMap<TValue> values)
        {
            foreach (var part in values._parts)
            {
                var index = part.Key == null ? -1 : _parts.FindIndex(existing => existing.Key == part.Key);
                if (index < 0)
                {
                    _parts = _parts.Add(part);
                }
                else if (!ReferenceEquals(_parts[index].Value, part.Value))
                {
                    var key = part.Key!;
                    _parts = _parts.SetItem(index, new Part(key, Output.Create(Task.FromException<TValue>(
                        new ArgumentException($"An element with the same key but a different value already exists. Key: '{key}'"))), null));
                }
            }
        }

        public void AddRange(InputMap<TValue> values)
            => Add(values);

        public static InputMap<TValue> Merge(InputMap<TValue> first, InputMap<TValue> second)
        {
            var parts = first._parts;
            foreach (var part in second._parts)
            {
                parts = part.Key == null ? parts.Add(part) : parts.RemoveAll(existing => existing.Key == part.Key).Add(part);
            }

            return new InputMap<TValue>(parts);
        }

        private protected override Output<ImmutableDictionary<string, TValue>> CurrentOutput()
        {
            if (_parts.Count == 1 && _parts[0].Entries != null)
            {
                // An output of a dictionary passes through as it is, null included (the real SDK's backward compatibility).
                return _parts[0].Entries!;
            }

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
            => throw new NotSupportedException($"A {GetType().FullName} cannot be synchronously enumerated. Use {nameof(GetAsyncEnumerator)} instead.");

        public async IAsyncEnumerator<Input<KeyValuePair<string, TValue>>> GetAsyncEnumerator(CancellationToken cancellationToken)
        {
            var data = await CurrentOutput().DataTask.ConfigureAwait(false);
            foreach (var entry in data.IsKnown ? data.Value ?? ImmutableDictionary<string, TValue>.Empty : ImmutableDictionary<string, TValue>.Empty)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return entry;
            }
        }

        public static implicit operator InputMap<TValue>(Dictionary<string, TValue> values) => FromEntries(values);

        public static implicit operator InputMap<TValue>(ImmutableDictionary<string, TValue> values) => FromEntries(values);

        public static implicit operator InputMap<TValue>(Output<Dictionary<string, TValue>> values)
            => FromOutput(values.Apply(v => v?.ToImmutableDictionary()!));

        public static implicit operator InputMap<TValue>(Output<IDictionary<string, TValue>> values)
            => FromOutput(values.Apply(v => v?.ToImmutableDictionary()!));

        public static implicit operator InputMap<TValue>(Output<ImmutableDictionary<string, TValue>> values)
            => FromOutput(values);
    }
}
