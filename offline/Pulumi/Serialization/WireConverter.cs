using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Text.Json;

namespace Pulumi.Serialization
{
    /// <summary>
    /// Builds a typed value (an [Output] property type, an [OutputType] class, an invoke result) from the
    /// wire form, as the real SDK's Converter does: doubles become ints where an int is expected, lists
    /// become <see cref="ImmutableArray{T}"/>, maps <see cref="ImmutableDictionary{TKey, TValue}"/>, output
    /// types are built through their [OutputConstructor] with parameters matched by wire name. Unknown
    /// parts make the result unknown and secret parts make it secret.
    /// </summary>
    internal static class WireConverter
    {
        public static OutputData<object?> Convert(object? wire, Type target, string ctx)
        {
            var state = new Flags();
            var value = ConvertValue(wire, target, ctx, state);
            return new OutputData<object?>(ImmutableHashSet<Resource>.Empty, value, !state.SawUnknown, state.SawSecret);
        }

        /// <summary>The default a missing value takes: empty for immutable arrays, so they can be enumerated.</summary>
        public static object? DefaultOf(Type target)
        {
            if (target.IsGenericType && target.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
            {
                return target.GetField(nameof(ImmutableArray<int>.Empty))!.GetValue(null);
            }

            return target.IsValueType ? Activator.CreateInstance(target) : null;
        }

        private sealed class Flags
        {
            public bool SawUnknown;
            public bool SawSecret;
        }

        private static object? ConvertValue(object? wire, Type target, string ctx, Flags flags)
        {
            while (wire is WireSecret secret)
            {
                flags.SawSecret = true;
                wire = secret.Value;
            }

            if (wire is WireUnknown)
            {
                flags.SawUnknown = true;
                return DefaultOf(target);
            }

            var nullable = Nullable.GetUnderlyingType(target);
            if (nullable != null)
            {
                return wire == null ? null : ConvertValue(wire, nullable, ctx, flags);
            }

            if (target == typeof(object))
            {
                return ToPlainObject(wire, ctx, flags);
            }

            if (wire == null)
            {
                return DefaultOf(target);
            }

            if (target == typeof(string))
            {
                return wire as string ?? throw Mismatch(wire, target, ctx);
            }

            if (target == typeof(bool))
            {
                return wire is bool b ? b : throw Mismatch(wire, target, ctx);
            }

            if (target == typeof(double))
            {
                return wire is double d ? d : throw Mismatch(wire, target, ctx);
            }

            if (target == typeof(int))
            {
                return wire is double n && n == Math.Floor(n) && n >= int.MinValue && n <= int.MaxValue
                    ? (int)n
                    : throw Mismatch(wire, target, ctx);
            }

            if (target == typeof(JsonElement))
            {
                return JsonWire.ToJsonElement(WireValues.Unsecret(wire));
            }

            if (target.IsEnum)
            {
                return wire is double e ? Enum.ToObject(target, (int)e) : throw Mismatch(wire, target, ctx);
            }

            if (target.IsInstanceOfType(wire) && (wire is AssetOrArchive || wire is Resource))
            {
                return wire;
            }

            if (target.IsGenericType)
            {
                var definition = target.GetGenericTypeDefinition();
                var arguments = target.GetGenericArguments();
                if (definition == typeof(ImmutableArray<>))
                {
                    return ConvertArray(wire, target, arguments[0], ctx, flags);
                }

                if (definition == typeof(ImmutableDictionary<,>) && arguments[0] == typeof(string))
                {
                    return ConvertDictionary(wire, target, arguments[1], ctx, flags);
                }

                if (definition == typeof(Union<,>))
                {
                    return ConvertUnion(wire, target, arguments, ctx, flags);
                }
            }

            if (target.IsValueType && target.GetCustomAttribute<EnumTypeAttribute>() != null)
            {
                return ConvertEnumType(wire, target, ctx);
            }

            if (target.GetCustomAttribute<OutputTypeAttribute>() != null)
            {
                return ConvertOutputType(wire, target, ctx, flags);
            }

            throw new InvalidOperationException($"Unexpected target type {target.FullName} when deserializing {ctx}");
        }

        private static InvalidOperationException Mismatch(object wire, Type target, string ctx)
            => new InvalidOperationException($"Expected {target.FullName} but got {wire.GetType().FullName} ({wire}) while deserializing {ctx}");

        private static object? ToPlainObject(object? wire, string ctx, Flags flags)
            => wire switch
            {
                WireSecret or WireUnknown => ConvertValue(wire, typeof(object), ctx, flags),
                ImmutableArray<object?> array => array.Select((v, i) => ToPlainObject(Unwrap(v, flags), $"{ctx}[{i}]", flags)).ToImmutableArray(),
                ImmutableDictionary<string, object?> map => map.ToImmutableDictionary(e => e.Key, e => ToPlainObject(Unwrap(e.Value, flags), $"{ctx}.{e.Key}", flags)),
                _ => wire,
            };

        private static object? Unwrap(object? wire, Flags flags)
        {
            while (wire is WireSecret secret)
            {
                flags.SawSecret = true;
                wire = secret.Value;
            }

            if (wire is WireUnknown)
            {
                flags.SawUnknown = true;
                return null;
            }

            return wire;
        }

        private static object ConvertArray(object wire, Type target, Type element, string ctx, Flags flags)
        {
            if (wire is not ImmutableArray<object?> array)
            {
                throw Mismatch(wire, target, ctx);
            }

            var builder = typeof(ImmutableArray).GetMethods()
                .First(m => m.Name == nameof(ImmutableArray.CreateBuilder) && m.GetParameters().Length == 0)
                .MakeGenericMethod(element)
                .Invoke(null, null)!;
            var add = builder.GetType().GetMethod("Add", new[] { element })!;
            for (var i = 0; i < array.Length; i++)
            {
                add.Invoke(builder, new[] { ConvertValue(array[i], element, $"{ctx}[{i}]", flags) });
            }

            return builder.GetType().GetMethod("ToImmutable")!.Invoke(builder, null)!;
        }

        private static object ConvertDictionary(object wire, Type target, Type valueType, string ctx, Flags flags)
        {
            if (wire is not ImmutableDictionary<string, object?> map)
            {
                throw Mismatch(wire, target, ctx);
            }

            var builder = typeof(ImmutableDictionary).GetMethods()
                .First(m => m.Name == nameof(ImmutableDictionary.CreateBuilder) && m.GetParameters().Length == 0)
                .MakeGenericMethod(typeof(string), valueType)
                .Invoke(null, null)!;
            var add = builder.GetType().GetMethod("Add", new[] { typeof(string), valueType })!;
            foreach (var (key, value) in map)
            {
                add.Invoke(builder, new[] { key, ConvertValue(value, valueType, $"{ctx}.{key}", flags) });
            }

            return builder.GetType().GetMethod("ToImmutable")!.Invoke(builder, null)!;
        }

        private static object ConvertUnion(object wire, Type target, Type[] arguments, string ctx, Flags flags)
        {
            for (var index = 0; index < 2; index++)
            {
                try
                {
                    var attempt = new Flags();
                    var value = ConvertValue(wire, arguments[index], ctx, attempt);
                    flags.SawSecret |= attempt.SawSecret;
                    flags.SawUnknown |= attempt.SawUnknown;
                    return target.GetMethod(index == 0 ? "FromT0" : "FromT1")!.Invoke(null, new[] { value })!;
                }
                catch (InvalidOperationException) when (index == 0)
                {
                    // Not a T0: try T1, whose failure is the error reported.
                }
            }

            throw Mismatch(wire, target, ctx);
        }

        private static object ConvertEnumType(object wire, Type target, string ctx)
        {
            var ctor = target.GetConstructor(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, null, new[] { wire.GetType() }, null)
                ?? throw Mismatch(wire, target, ctx);
            return ctor.Invoke(new[] { wire });
        }

        private static object ConvertOutputType(object wire, Type target, string ctx, Flags flags)
        {
            if (wire is not ImmutableDictionary<string, object?> map)
            {
                throw Mismatch(wire, target, ctx);
            }

            var constructors = target.GetConstructors(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);
            var constructor = constructors.FirstOrDefault(c => c.GetCustomAttribute<OutputConstructorAttribute>() != null)
                ?? (constructors.Length == 1 ? constructors[0] : null)
                ?? throw new InvalidOperationException($"{target.FullName} must have exactly one constructor marked [OutputConstructor] (deserializing {ctx})");

            var arguments = new List<object?>();
            foreach (var parameter in constructor.GetParameters())
            {
                var name = parameter.GetCustomAttribute<OutputConstructorParameterAttribute>()?.Name ?? parameter.Name!;
                map.TryGetValue(name, out var value);
                arguments.Add(ConvertValue(value, parameter.ParameterType, $"{ctx}.{name}", flags));
            }

            return constructor.Invoke(arguments.ToArray());
        }
    }
}
