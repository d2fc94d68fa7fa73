using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Threading.Tasks;

namespace Pulumi.Serialization
{
    /// <summary>
    /// Turns program values (args classes, inputs, outputs, lists, maps, assets, resources) into the wire
    /// form the engine receives: null, bool, double, string, <see cref="ImmutableArray{T}"/> of object?,
    /// <see cref="ImmutableDictionary{TKey, TValue}"/> of string to object?, assets/archives, resources,
    /// <see cref="WireUnknown"/> and <see cref="WireSecret"/>. Follows the real SDK's Serializer rules:
    /// numbers become doubles, null map entries are omitted, unsupported types are an error naming the path.
    /// </summary>
    internal sealed class WireSerializer
    {
        private readonly object _gate = new object();
        private readonly HashSet<Resource> _dependencies = new HashSet<Resource>();

        /// <summary>Every resource the serialized values came from (their outputs, or references to them).</summary>
        public IReadOnlyCollection<Resource> Dependencies
        {
            get
            {
                lock (_gate)
                {
                    return _dependencies.ToList();
                }
            }
        }

        private void AddDependencies(IEnumerable<Resource> resources)
        {
            lock (_gate)
            {
                _dependencies.UnionWith(resources);
            }
        }

        public async Task<ImmutableDictionary<string, object?>> SerializeArgsAsync(InputArgs args, string ctx)
            => (ImmutableDictionary<string, object?>)(await SerializeAsync(ctx, args).ConfigureAwait(false))!;

        public async Task<object?> SerializeAsync(string ctx, object? prop)
        {
            switch (prop)
            {
                case null:
                case bool:
                case string:
                    return prop;
                case int i:
                    return (double)i;
                case double d:
                    return d;
                case InputArgs args:
                    return await SerializeInputArgsAsync(ctx, args).ConfigureAwait(false);
                case AssetOrArchive assetOrArchive:
                    return assetOrArchive;
                case Task:
                    throw new InvalidOperationException($"Tasks are not allowed inside ResourceArgs. Please wrap your Task in an Output:\n\t{ctx}");
                case IInputCollection collection:
                    return await SerializeCollectionAsync(ctx, collection).ConfigureAwait(false);
                case IInput input:
                    return await SerializeAsync(ctx, input.ToOutput()).ConfigureAwait(false);
                case IUnion union:
                    return await SerializeAsync(ctx, union.Value).ConfigureAwait(false);
                case JsonElement element:
                    return JsonWire.FromJson(element);
                case IOutput output:
                    return await SerializeOutputAsync(ctx, output).ConfigureAwait(false);
                case Resource resource:
                    AddDependencies(new[] { resource });
                    // The reference can only be made once the resource has its URN, as in the real SDK.
                    await resource.UrnData.ConfigureAwait(false);
                    return resource;
                case IDictionary dictionary:
                    return await SerializeDictionaryAsync(ctx, dictionary).ConfigureAwait(false);
                case IList list:
                    return await SerializeListAsync(ctx, list).ConfigureAwait(false);
                case Enum e when e.GetTypeCode() == TypeCode.Int32:
                    return (double)(int)prop;
                case ValueTuple:
                    return null;
            }

            var type = prop.GetType();
            if (type.IsValueType && type.GetCustomAttribute<EnumTypeAttribute>() != null)
            {
                return SerializeEnumType(ctx, prop, type);
            }

            if (type.GetCustomAttribute<OutputTypeAttribute>() != null)
            {
                return await SerializeOutputTypeAsync(ctx, prop, type).ConfigureAwait(false);
            }

            throw new InvalidOperationException($"{type.FullName} is not a supported argument type.\n\t{ctx}");
        }

        private async Task<object?> SerializeOutputAsync(string ctx, IOutput output)
        {
            var data = await output.GetDataAsync().ConfigureAwait(false);
            AddDependencies(data.Resources);
            if (!data.IsKnown)
            {
                return WireUnknown.Instance;
            }

            var value = await SerializeAsync(ctx, data.Value).ConfigureAwait(false);
            return data.IsSecret ? new WireSecret(value) : value;
        }

        private async Task<object> SerializeInputArgsAsync(string ctx, InputArgs args)
        {
            var builder = ImmutableDictionary.CreateBuilder<string, object?>();
            foreach (var member in InputMembers.Of(args.GetType()))
            {
                var value = member.GetValue(args);
                if (member.Attribute.IsRequired && value == null)
                {
                    throw new ArgumentNullException(member.MemberName, $"[Input] {args.GetType().FullName}.{member.MemberName} is required but was not given a value");
                }

                var memberCtx = $"{ctx}.{member.Attribute.Name}";
                var serialized = await SerializeAsync(memberCtx, value).ConfigureAwait(false);
                if (member.Attribute.Json && serialized != null)
                {
                    serialized = JsonText(value, serialized);
                }

                if (serialized != null)
                {
                    builder[member.Attribute.Name] = serialized;
                }
            }

            return builder.ToImmutable();
        }

        /// <summary>
        /// A json input as the real InputArgs.ConvertToJson: an input's own output decides whether the text is known
        /// and secret (for InputList/InputMap that output is the flattened collection, so any element counts); secrets
        /// and unknowns nested deeper are written into the text as the SDK's sentinels.
        /// </summary>
        private static object JsonText(object? value, object serialized)
        {
            if (value is IInputCollection)
            {
                if (WireValues.ContainsUnknown(serialized))
                {
                    return WireUnknown.Instance;
                }

                var text = ProtobufJsonText.Format(WireValues.Unsecret(serialized));
                return WireValues.ContainsSecret(serialized) ? new WireSecret(text) : text;
            }

            return serialized switch
            {
                WireUnknown => WireUnknown.Instance,
                WireSecret secret => new WireSecret(ProtobufJsonText.Format(secret.Value)),
                _ => ProtobufJsonText.Format(serialized),
            };
        }

        private async Task<object> SerializeCollectionAsync(string ctx, IInputCollection collection)
        {
            var items = ImmutableArray.CreateBuilder<object?>();
            var entries = ImmutableDictionary.CreateBuilder<string, object?>();
            var index = 0;
            foreach (var (key, output, isMany) in collection.Parts)
            {
                if (!isMany)
                {
                    var value = await SerializeAsync(collection.IsMap ? $"{ctx}.{key}" : $"{ctx}[{index++}]", output).ConfigureAwait(false);
                    if (collection.IsMap)
                    {
                        entries.Remove(key!);
                        if (value != null)
                        {
                            entries[key!] = value;
                        }
                    }
                    else
                    {
                        items.Add(value);
                    }

                    continue;
                }

                var many = await SerializeOutputAsync(ctx, output).ConfigureAwait(false);
                var secret = many is WireSecret;
                var inner = many is WireSecret wrapped ? wrapped.Value : many;
                if (inner is WireUnknown)
                {
                    // An unknown whole list or map makes the collection unknown: nothing to splice in.
                    return WireUnknown.Instance;
                }

                if (inner is ImmutableArray<object?> array)
                {
                    items.AddRange(array.Select(v => secret ? new WireSecret(v) : v));
                    index += array.Length;
                }
                else if (inner is ImmutableDictionary<string, object?> map)
                {
                    foreach (var entry in map)
                    {
                        entries[entry.Key] = secret ? new WireSecret(entry.Value) : entry.Value;
                    }
                }
            }

            return collection.IsMap ? entries.ToImmutable() : items.ToImmutable();
        }

        private async Task<object> SerializeDictionaryAsync(string ctx, IDictionary dictionary)
        {
            var builder = ImmutableDictionary.CreateBuilder<string, object?>();
            foreach (var key in dictionary.Keys)
            {
                if (key is not string stringKey)
                {
                    throw new InvalidOperationException($"Dictionaries are only supported with string keys:\n\t{ctx}");
                }

                // Like JSON (and the real SDK): a null entry is left out.
                var value = await SerializeAsync($"{ctx}.{stringKey}", dictionary[stringKey]).ConfigureAwait(false);
                if (value != null)
                {
                    builder[stringKey] = value;
                }
            }

            return builder.ToImmutable();
        }

        private async Task<object> SerializeListAsync(string ctx, IList list)
        {
            var type = list.GetType();
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>)
                && (bool)type.GetProperty(nameof(ImmutableArray<int>.IsDefault))!.GetValue(list)!)
            {
                return ImmutableArray<object?>.Empty;
            }

            var builder = ImmutableArray.CreateBuilder<object?>(list.Count);
            for (var i = 0; i < list.Count; i++)
            {
                builder.Add(await SerializeAsync($"{ctx}[{i}]", list[i]).ConfigureAwait(false));
            }

            return builder.MoveToImmutable();
        }

        private static object? SerializeEnumType(string ctx, object prop, Type type)
        {
            var conversion = type.GetMethod("op_Explicit", BindingFlags.Public | BindingFlags.Static, null, new[] { type }, null);
            if (conversion == null || (conversion.ReturnType != typeof(string) && conversion.ReturnType != typeof(double)))
            {
                throw new InvalidOperationException($"Expected {type.FullName} to have an explicit conversion operator to String or Double.\n\t{ctx}");
            }

            return conversion.Invoke(null, new[] { prop });
        }

        private async Task<object> SerializeOutputTypeAsync(string ctx, object prop, Type type)
        {
            // Output types go on the wire field by field, first letter lowercased (the Pulumi convention).
            var builder = ImmutableDictionary.CreateBuilder<string, object?>();
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance).Where(f => f.IsInitOnly))
            {
                var name = field.Name.Length > 0 ? char.ToLowerInvariant(field.Name[0]) + field.Name.Substring(1) : field.Name;
                builder[name] = await SerializeAsync($"{ctx}.{name}", field.GetValue(prop)).ConfigureAwait(false);
            }

            return builder.ToImmutable();
        }
    }
}
