using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Pulumi.Serialization;

namespace Pulumi
{
    /// <summary>Helpers to create and combine <see cref="Output{T}"/> values.</summary>
    public static class Output
    {
        public static Output<T> Create<T>(T value)
            => Create(Task.FromResult(value));

        public static Output<T> Create<T>(Task<T> value)
            => Output<T>.Create(value);

        public static Output<T> CreateSecret<T>(T value)
            => CreateSecret(Task.FromResult(value));

        public static Output<T> CreateSecret<T>(Task<T> value)
            => Output<T>.CreateSecret(value);

        public static Output<T> CreateSecret<T>(Output<T> value)
            => value.WithIsSecret(true);

        public static Output<T> Unsecret<T>(Output<T> output)
            => output.WithIsSecret(false);

        public static async Task<bool> IsSecretAsync<T>(Output<T> output)
            => (await output.DataTask.ConfigureAwait(false)).IsSecret;

        public static Output<ImmutableArray<T>> All<T>(params Input<T>[] inputs)
            => All(inputs.Select(input => input.ToOutput()));

        public static Output<ImmutableArray<T>> All<T>(IEnumerable<Input<T>> inputs)
            => All(inputs.Select(input => input.ToOutput()));

        public static Output<ImmutableArray<T>> All<T>(params Output<T>[] outputs)
            => All((IEnumerable<Output<T>>)outputs);

        public static Output<ImmutableArray<T>> All<T>(IEnumerable<Output<T>> outputs)
            => new Output<ImmutableArray<T>>(OutputCombiner.AllAsync(outputs.ToList()));

        public static Output<(T1, T2)> Tuple<T1, T2>(Output<T1> item1, Output<T2> item2)
            => Tuple(item1, item2, Create(0), Create(0), Create(0), Create(0), Create(0), Create(0))
                .Apply(v => (v.Item1, v.Item2));

        public static Output<(T1, T2)> Tuple<T1, T2>(Input<T1> item1, Input<T2> item2)
            => Tuple(item1.ToOutput(), item2.ToOutput());

        public static Output<(T1, T2, T3)> Tuple<T1, T2, T3>(Output<T1> item1, Output<T2> item2, Output<T3> item3)
            => Tuple(item1, item2, item3, Create(0), Create(0), Create(0), Create(0), Create(0))
                .Apply(v => (v.Item1, v.Item2, v.Item3));

        public static Output<(T1, T2, T3)> Tuple<T1, T2, T3>(Input<T1> item1, Input<T2> item2, Input<T3> item3)
            => Tuple(item1.ToOutput(), item2.ToOutput(), item3.ToOutput());

        public static Output<(T1, T2, T3, T4)> Tuple<T1, T2, T3, T4>(Output<T1> item1, Output<T2> item2, Output<T3> item3, Output<T4> item4)
            => Tuple(item1, item2, item3, item4, Create(0), Create(0), Create(0), Create(0))
                .Apply(v => (v.Item1, v.Item2, v.Item3, v.Item4));

        public static Output<(T1, T2, T3, T4)> Tuple<T1, T2, T3, T4>(Input<T1> item1, Input<T2> item2, Input<T3> item3, Input<T4> item4)
            => Tuple(item1.ToOutput(), item2.ToOutput(), item3.ToOutput(), item4.ToOutput());

        public static Output<(T1, T2, T3, T4, T5)> Tuple<T1, T2, T3, T4, T5>(Output<T1> item1, Output<T2> item2, Output<T3> item3, Output<T4> item4, Output<T5> item5)
            => Tuple(item1, item2, item3, item4, item5, Create(0), Create(0), Create(0))
                .Apply(v => (v.Item1, v.Item2, v.Item3, v.Item4, v.Item5));

        public static Output<(T1, T2, T3, T4, T5)> Tuple<T1, T2, T3, T4, T5>(Input<T1> item1, Input<T2> item2, Input<T3> item3, Input<T4> item4, Input<T5> item5)
            => Tuple(item1.ToOutput(), item2.ToOutput(), item3.ToOutput(), item4.ToOutput(), item5.ToOutput());

        public static Output<(T1, T2, T3, T4, T5, T6)> Tuple<T1, T2, T3, T4, T5, T6>(Output<T1> item1, Output<T2> item2, Output<T3> item3, Output<T4> item4, Output<T5> item5, Output<T6> item6)
            => Tuple(item1, item2, item3, item4, item5, item6, Create(0), Create(0))
                .Apply(v => (v.Item1, v.Item2, v.Item3, v.Item4, v.Item5, v.Item6));

        public static Output<(T1, T2, T3, T4, T5, T6)> Tuple<T1, T2, T3, T4, T5, T6>(Input<T1> item1, Input<T2> item2, Input<T3> item3, Input<T4> item4, Input<T5> item5, Input<T6> item6)
            => Tuple(item1.ToOutput(), item2.ToOutput(), item3.ToOutput(), item4.ToOutput(), item5.ToOutput(), item6.ToOutput());

        public static Output<(T1, T2, T3, T4, T5, T6, T7)> Tuple<T1, T2, T3, T4, T5, T6, T7>(Output<T1> item1, Output<T2> item2, Output<T3> item3, Output<T4> item4, Output<T5> item5, Output<T6> item6, Output<T7> item7)
            => Tuple(item1, item2, item3, item4, item5, item6, item7, Create(0))
                .Apply(v => (v.Item1, v.Item2, v.Item3, v.Item4, v.Item5, v.Item6, v.Item7));

        public static Output<(T1, T2, T3, T4, T5, T6, T7)> Tuple<T1, T2, T3, T4, T5, T6, T7>(Input<T1> item1, Input<T2> item2, Input<T3> item3, Input<T4> item4, Input<T5> item5, Input<T6> item6, Input<T7> item7)
            => Tuple(item1.ToOutput(), item2.ToOutput(), item3.ToOutput(), item4.ToOutput(), item5.ToOutput(), item6.ToOutput(), item7.ToOutput());

        public static Output<(T1, T2, T3, T4, T5, T6, T7, T8)> Tuple<T1, T2, T3, T4, T5, T6, T7, T8>(Output<T1> item1, Output<T2> item2, Output<T3> item3, Output<T4> item4, Output<T5> item5, Output<T6> item6, Output<T7> item7, Output<T8> item8)
            => new Output<(T1, T2, T3, T4, T5, T6, T7, T8)>(OutputCombiner.TupleAsync(item1, item2, item3, item4, item5, item6, item7, item8));

        public static Output<(T1, T2, T3, T4, T5, T6, T7, T8)> Tuple<T1, T2, T3, T4, T5, T6, T7, T8>(Input<T1> item1, Input<T2> item2, Input<T3> item3, Input<T4> item4, Input<T5> item5, Input<T6> item6, Input<T7> item7, Input<T8> item8)
            => Tuple(item1.ToOutput(), item2.ToOutput(), item3.ToOutput(), item4.ToOutput(), item5.ToOutput(), item6.ToOutput(), item7.ToOutput(), item8.ToOutput());

        /// <summary>
        /// Resolves every <see cref="Input{T}"/>/<see cref="Output{T}"/> argument of the interpolated
        /// string, then formats it; unknown or secret arguments make the result unknown or secret.
        /// </summary>
        public static Output<string> Format(FormattableString formattableString)
        {
            var arguments = formattableString.GetArguments();
            var outputs = arguments.Select(ToObjectOutput).ToList();
            return All(outputs).Apply(values => string.Format(formattableString.Format, values.ToArray()));
        }

        public static Output<string> JsonSerialize<T>(Output<T> value, JsonSerializerOptions? options = null)
            => new Output<string>(OutputJson.SerializeAsync(value, options));

        public static Output<T> JsonDeserialize<T>(Output<string> json, JsonSerializerOptions? options = null)
            => json.Apply(text => JsonSerializer.Deserialize<T>(text, options)!);

        private static Output<object?> ToObjectOutput(object? argument)
            => argument switch
            {
                IInput input => new Output<object?>(input.ToOutput().GetDataAsync()),
                IOutput output => new Output<object?>(output.GetDataAsync()),
                _ => Create(argument),
            };
    }
}
