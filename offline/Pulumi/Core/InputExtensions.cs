using System;
using System.Threading.Tasks;

namespace Pulumi
{
    public static class InputExtensions
    {
        public static Output<TResult> Apply<T, TResult>(this Input<T>? input, Func<T, TResult> func)
            => ToOutput(input).Apply(func);

        public static Output<TResult> Apply<T, TResult>(this Input<T>? input, Func<T, Task<TResult>> func)
            => ToOutput(input).Apply(func);

        public static Output<TResult> Apply<T, TResult>(this Input<T>? input, Func<T, Input<TResult>?> func)
            => ToOutput(input).Apply(func);

        public static Output<TResult> Apply<T, TResult>(this Input<T>? input, Func<T, Output<TResult>?> func)
            => ToOutput(input).Apply(func);

        /// <summary>A missing input behaves as an output of the default value, as in the real SDK.</summary>
        public static Output<T> ToOutput<T>(this Input<T>? input)
            => input == null ? Output.Create(default(T)!) : input.ToOutput();
    }
}
