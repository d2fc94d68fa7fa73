using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Text.Json;

namespace Pulumi.Serialization
{
    /// <summary>
    /// Builds a typed value (an [Output] property type, an [OutputType] class, an invoke result) from the wire form,
    /// following the real SDK's Converter (Serialization/Converter.cs, v3.90.0). First the secret and unknown marks are
    /// lifted out of the whole value (an unknown part becomes null and makes the result unknown; a secret part makes it
    /// secret). Then a value of the wrong type is never an error: it is reported through <c>warn</c> ("Expected X but
    /// got Y deserializing C", which <see cref="Log.Warn"/> receives, invisibly under the mocks) and the target's default
    /// is used (null; 0, false and default(ImmutableArray) for value types), while every other field still converts.
    /// Doubles become ints by truncation. An output type is built through its [OutputConstructor], each parameter
    /// found by wire name in context "Type(parameter)".
    /// </summary>
    internal static class WireConverter
    {
        public static OutputData<object?> Convert(object? wire, Type target, string ctx, Action<string>? warn = null)
        {
            var flags = new Flags();
            var plain = Lift(wire, flags);
            var value = ConvertObject(warn ?? (message => Log.Warn(message)), ctx, plain, target);
            return new OutputData<object?>(ImmutableHashSet<Resource>.Empty, value, !flags.SawUnknown, flags.SawSecret);
        }

        /// <summary>The value a missing or unknown output takes: default(T), as the real OutputCompletionSource.</summary>
        public static object? DefaultOf(Type target) => target.IsValueType ? Activator.CreateInstance(target) : null;

        private sealed class Flags
        {
            public bool SawUnknown;
            public bool SawSecret;
        }

        // The real Deserializer's pass: secrets unwrapped, unknowns replaced by null, flags collected from every depth.
        private static object? Lift(object? wire, Flags flags)
        {
            switch (wire)
            {
                case WireSecret secret:
                    flags.SawSecret = true;
                    return Lift(secret.Value, flags);
                case WireUnknown:
                    flags.SawUnknown = true;
                    return null;
                case ImmutableArray<object?> array:
                    return array.Select(item => Lift(item, flags)).ToImmutableArray();
                case ImmutableDictionary<string, object?> map:
                    return map.ToImmutableDictionary(entry => entry.Key, entry => Lift(entry.Value, flags));
                default:
                    return wire;
            }
        }

        private static object? ConvertObject(Action<string> warn, string ctx, object? value, Type target)
        {
            var (result, error) = TryConvert(warn, ctx, value, target);
            if (error != null)
            {
                warn(error);
            }

            return result;
        }

        private static (object? Value, string? Error) TryConvert(Action<string> warn, string ctx, object? value, Type target)
        {
            var nullable = Nullable.GetUnderlyingType(target);
            if (value == null)
            {
                return (nullable == null && target.IsValueType ? Activator.CreateInstance(target) : null, null);
            }

            if (nullable != null)
            {
                return TryConvert(warn, ctx, value, nullable);
            }

            if (target == typeof(string))
            {
                return Ensure<string>(ctx, value);
            }

            if (target == typeof(bool))
            {
                return Ensure<bool>(ctx, value);
            }

            if (target == typeof(double))
            {
                return Ensure<double>(ctx, value);
            }

            if (target == typeof(int))
            {
                var (number, error) = Ensure<double>(ctx, value);
                return error != null ? (null, error) : ((int)(double)number!, null);
            }

            if (target == typeof(object))
            {
                return (value, null);
            }

            if (typeof(AssetOrArchive).IsAssignableFrom(target))
            {
                return (target.IsInstanceOfType(value) ? value : null, null);
            }

            if (target == typeof(JsonElement))
            {
                return (JsonWire.ToJsonElement(value), null);
            }

            if (typeof(Resource).IsAssignableFrom(target))
            {
                return Ensure<Resource>(ctx, value);
            }

            if (target.IsEnum)
            {
                var (underlying, error) = TryConvert(warn, ctx, value, target.GetEnumUnderlyingType());
                return error != null || underlying == null ? (null, error) : (Enum.ToObject(target, underlying), null);
            }

            if (target.IsValueType && target.GetCustomAttribute<EnumTypeAttribute>() != null)
            {
                var valueType = value.GetType();
                if (valueType != typeof(string) && valueType != typeof(double))
                {
                    return (null, $"Expected {typeof(string).FullName} or {typeof(double).FullName} but got {valueType.FullName} deserializing {ctx}");
                }

                var constructor = target.GetConstructor(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance, null, new[] { valueType }, null);
                return constructor == null
                    ? (null, $"Expected target type {target.FullName} to have a constructor with a single {valueType.FullName} parameter.")
                    : (constructor.Invoke(new[] { value }), null);
            }

            if (target.IsConstructedGenericType)
            {
                var definition = target.GetGenericTypeDefinition();
                if (definition == typeof(Union<,>))
                {
                    return TryConvertUnion(warn, ctx, value, target);
                }

                if (definition == typeof(ImmutableArray<>))
                {
                    return TryConvertArray(warn, ctx, value, target);
                }

                if (definition == typeof(ImmutableDictionary<,>))
                {
                    return TryConvertDictionary(warn, ctx, value, target);
                }

                throw new InvalidOperationException($"Unexpected generic target type {target.FullName} when deserializing {ctx}");
            }

            if (target.GetCustomAttribute<OutputTypeAttribute>() == null)
            {
                return (null, $"Unexpected target type {target.FullName} when deserializing {ctx}");
            }

            return TryConvertOutputType(warn, ctx, value, target);
        }

        private static (object? Value, string? Error) Ensure<T>(string ctx, object value)
            => value is T typed ? (typed, null) : (default(T), $"Expected {typeof(T).FullName} but got {value.GetType().FullName} deserializing {ctx}");

        private static (object? Value, string? Error) TryConvertUnion(Action<string> warn, string ctx, object value, Type target)
        {
            var arguments = target.GenericTypeArguments;
            for (var index = 0; index < 2; index++)
            {
                var (converted, error) = TryConvert(warn, $"{ctx}.AsT{index}", value, arguments[index]);
                if (error == null)
                {
                    return (target.GetMethod(index == 0 ? "FromT0" : "FromT1", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, new[] { converted }), null);
                }
            }

            return (null, $"Expected {arguments[0].FullName} or {arguments[1].FullName} but got {value.GetType().FullName} deserializing {ctx}");
        }

        private static (object? Value, string? Error) TryConvertArray(Action<string> warn, string ctx, object value, Type target)
        {
            if (value is not ImmutableArray<object?> array)
            {
                return (null, $"Expected {typeof(ImmutableArray<object>).FullName} but got {value.GetType().FullName} deserializing {ctx}");
            }

            var element = target.GenericTypeArguments[0];
            var builder = typeof(ImmutableArray).GetMethods()
                .First(m => m.Name == nameof(ImmutableArray.CreateBuilder) && m.GetParameters().Length == 0)
                .MakeGenericMethod(element)
                .Invoke(null, null)!;
            var add = builder.GetType().GetMethod("Add", new[] { element })!;
            foreach (var item in array)
            {
                add.Invoke(builder, new[] { ConvertObject(warn, ctx, item, element) });
            }

            return (builder.GetType().GetMethod("ToImmutable")!.Invoke(builder, null), null);
        }

        private static (object? Value, string? Error) TryConvertDictionary(Action<string> warn, string ctx, object value, Type target)
        {
            if (value is not ImmutableDictionary<string, object?> map)
            {
                return (null, $"Expected {typeof(ImmutableDictionary<string, object>).FullName} but got {value.GetType().FullName} deserializing {ctx}");
            }

            if (target == typeof(ImmutableDictionary<string, object>))
            {
                return (value, null);
            }

            var arguments = target.GenericTypeArguments;
            if (arguments[0] != typeof(string))
            {
                return (null, $"Unexpected type {target.FullName} when deserializing {ctx}. ImmutableDictionary's TKey type was not {typeof(string).FullName}");
            }

            var builder = typeof(ImmutableDictionary).GetMethods()
                .First(m => m.Name == nameof(ImmutableDictionary.CreateBuilder) && m.GetParameters().Length == 0)
                .MakeGenericMethod(arguments)
                .Invoke(null, null)!;
            var add = builder.GetType().GetMethod("Add", arguments)!;
            foreach (var (key, item) in map)
            {
                add.Invoke(builder, new[] { key, ConvertObject(warn, ctx, item, arguments[1]) });
            }

            return (builder.GetType().GetMethod("ToImmutable")!.Invoke(builder, null), null);
        }

        private static (object? Value, string? Error) TryConvertOutputType(Action<string> warn, string ctx, object value, Type target)
        {
            var constructor = target.GetConstructors(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
                .FirstOrDefault(c => c.GetCustomAttribute<OutputConstructorAttribute>() != null);
            if (constructor == null)
            {
                return (null, $"Expected target type {target.FullName} to have [{nameof(OutputConstructorAttribute)}] constructor when deserializing {ctx}");
            }

            if (value is not ImmutableDictionary<string, object?> map)
            {
                return (null, $"Expected {typeof(ImmutableDictionary<string, object>).FullName} but got {value.GetType().FullName} deserializing {ctx}");
            }

            var arguments = constructor.GetParameters().Select(parameter =>
            {
                var name = parameter.GetCustomAttribute<OutputConstructorParameterAttribute>()?.Name ?? parameter.Name!;
                map.TryGetValue(name, out var argument);
                return ConvertObject(warn, $"{target.FullName}({parameter.Name})", argument, parameter.ParameterType);
            }).ToArray();
            return (constructor.Invoke(arguments), null);
        }
    }
}
