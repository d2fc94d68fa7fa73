using System;
using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.Tasks;

namespace Pulumi
{
    /// <summary>
    /// <see cref="Output.JsonSerialize{T}"/>: serializes a value that may contain outputs and inputs
    /// anywhere inside it (typical for IAM policy documents). The result is unknown if any of them is
    /// unknown, secret if any is secret, and depends on all their resources.
    /// </summary>
    internal static class OutputJson
    {
        public static async Task<OutputData<string>> SerializeAsync<T>(Output<T> value, JsonSerializerOptions? options)
        {
            var data = await value.DataTask.ConfigureAwait(false);
            if (!data.IsKnown)
            {
                return OutputData<string>.Unknown(data.Resources, data.IsSecret);
            }

            var nested = new NestedOutputConverter();
            var effective = options == null ? new JsonSerializerOptions() : new JsonSerializerOptions(options);
            effective.Converters.Add(nested);

            // Nested outputs are awaited synchronously by the converter, so keep that off the caller's context.
            var json = await Task.Run(() => JsonSerializer.Serialize(data.Value, effective)).ConfigureAwait(false);
            var resources = data.Resources.Union(nested.Resources);
            var isSecret = data.IsSecret || nested.SawSecret;
            return nested.SawUnknown
                ? OutputData<string>.Unknown(resources, isSecret)
                : new OutputData<string>(resources, json, isKnown: true, isSecret);
        }

        /// <summary>Writes the resolved value of every nested Output/Input and records what it saw.</summary>
        private sealed class NestedOutputConverter : JsonConverterFactory
        {
            private readonly object _gate = new object();

            public ImmutableHashSet<Resource> Resources { get; private set; } = ImmutableHashSet<Resource>.Empty;

            public bool SawUnknown { get; private set; }

            public bool SawSecret { get; private set; }

            public override bool CanConvert(Type typeToConvert)
                => IsOutput(typeToConvert) || IsInput(typeToConvert);

            public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
                => (JsonConverter)Activator.CreateInstance(typeof(Writer<>).MakeGenericType(typeToConvert), this)!;

            private static bool IsOutput(Type type)
                => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Output<>);

            private static bool IsInput(Type type)
            {
                for (var current = type; current != null; current = current.BaseType)
                {
                    if (current.IsGenericType && current.GetGenericTypeDefinition() == typeof(Input<>))
                    {
                        return true;
                    }
                }

                return false;
            }

            private void Record(OutputData<object?> data)
            {
                lock (_gate)
                {
                    Resources = Resources.Union(data.Resources);
                    SawUnknown |= !data.IsKnown;
                    SawSecret |= data.IsSecret;
                }
            }

            private sealed class Writer<TValue> : JsonConverter<TValue>
            {
                private readonly NestedOutputConverter _owner;

                public Writer(NestedOutputConverter owner)
                {
                    _owner = owner;
                }

                public override TValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
                    => throw new NotSupportedException("Output.JsonSerialize only writes JSON; use Output.JsonDeserialize to read it.");

                public override void Write(Utf8JsonWriter writer, TValue value, JsonSerializerOptions options)
                {
                    var output = value is IInput input ? input.ToOutput() : (IOutput)value!;
                    var data = output.GetDataAsync().GetAwaiter().GetResult();
                    _owner.Record(data);
                    if (!data.IsKnown || data.Value == null)
                    {
                        writer.WriteNullValue();
                        return;
                    }

                    JsonSerializer.Serialize(writer, data.Value, data.Value.GetType(), options);
                }
            }
        }
    }
}
