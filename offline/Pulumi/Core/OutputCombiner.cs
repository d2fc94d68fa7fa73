using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;

namespace Pulumi
{
    /// <summary>Combines several outputs into one: known only if all are, secret if any is.</summary>
    internal static class OutputCombiner
    {
        public static async Task<OutputData<ImmutableArray<T>>> AllAsync<T>(IReadOnlyList<Output<T>> outputs)
        {
            var resources = ImmutableHashSet<Resource>.Empty;
            var values = ImmutableArray.CreateBuilder<T>(outputs.Count);
            var isKnown = true;
            var isSecret = false;
            foreach (var output in outputs)
            {
                var data = await output.DataTask.ConfigureAwait(false);
                resources = resources.Union(data.Resources);
                values.Add(data.Value);
                isKnown &= data.IsKnown;
                isSecret |= data.IsSecret;
            }

            return new OutputData<ImmutableArray<T>>(resources, values.MoveToImmutable(), isKnown, isSecret);
        }

        public static async Task<OutputData<(T1, T2, T3, T4, T5, T6, T7, T8)>> TupleAsync<T1, T2, T3, T4, T5, T6, T7, T8>(
            Output<T1> item1, Output<T2> item2, Output<T3> item3, Output<T4> item4,
            Output<T5> item5, Output<T6> item6, Output<T7> item7, Output<T8> item8)
        {
            var d1 = await item1.DataTask.ConfigureAwait(false);
            var d2 = await item2.DataTask.ConfigureAwait(false);
            var d3 = await item3.DataTask.ConfigureAwait(false);
            var d4 = await item4.DataTask.ConfigureAwait(false);
            var d5 = await item5.DataTask.ConfigureAwait(false);
            var d6 = await item6.DataTask.ConfigureAwait(false);
            var d7 = await item7.DataTask.ConfigureAwait(false);
            var d8 = await item8.DataTask.ConfigureAwait(false);
            var resources = d1.Resources.Union(d2.Resources).Union(d3.Resources).Union(d4.Resources)
                .Union(d5.Resources).Union(d6.Resources).Union(d7.Resources).Union(d8.Resources);
            var isKnown = d1.IsKnown && d2.IsKnown && d3.IsKnown && d4.IsKnown && d5.IsKnown && d6.IsKnown && d7.IsKnown && d8.IsKnown;
            var isSecret = d1.IsSecret || d2.IsSecret || d3.IsSecret || d4.IsSecret || d5.IsSecret || d6.IsSecret || d7.IsSecret || d8.IsSecret;
            return new OutputData<(T1, T2, T3, T4, T5, T6, T7, T8)>(
                resources,
                (d1.Value, d2.Value, d3.Value, d4.Value, d5.Value, d6.Value, d7.Value, d8.Value),
                isKnown,
                isSecret);
        }
    }
}
