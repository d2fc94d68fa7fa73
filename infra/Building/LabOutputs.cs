using System.Collections.Immutable;
using Pulumi;
using Aws = Pulumi.Aws;

namespace Lab.Infra.Building;

/// <summary>
/// What a lab exposes: its tables, streams and functions by the lab's own names. Build() renders the
/// lab's stack output {tables: {Name: {name, arn, streamArn}}, streams: {Name: {name, arn}},
/// functions: {Name: {name, arn}}}: test harnesses and `lab verify` read these keys, so they are a
/// contract (README, "Stack outputs"). The student's dashboard reads the same inventory.
/// </summary>
public sealed class LabOutputs(string lab)
{
    private readonly Dictionary<string, Output<object>> _extras = [];

    public string Lab { get; } = lab;
    public List<(string Key, Aws.DynamoDB.Table Table)> Tables { get; } = [];
    public List<(string Key, Aws.Kinesis.Stream Stream)> Streams { get; } = [];
    public List<(LabFunction Function, bool ConsumesStream)> Functions { get; } = [];

    public void Table(string key, Aws.DynamoDB.Table table) => Tables.Add((key, table));
    public void Stream(string key, Aws.Kinesis.Stream stream) => Streams.Add((key, stream));
    public void Function(LabFunction function, bool consumesStream = false) => Functions.Add((function, consumesStream));

    /// <summary>A lab-specific value beside the three groups (e.g. the hourly cost of provisioned capacity).</summary>
    public void Extra(string key, Output<object> value) => _extras[key] = value;

    public Output<ImmutableDictionary<string, object>> Build()
    {
        var tables = Tables.Select(t => Output.Tuple(t.Table.Name, t.Table.Arn, t.Table.StreamArn).Apply(v =>
            ("tables", t.Key, (object)Entry(("name", v.Item1), ("arn", v.Item2), ("streamArn", v.Item3 ?? "")))));
        var streams = Streams.Select(s => Output.Tuple(s.Stream.Name, s.Stream.Arn).Apply(v =>
            ("streams", s.Key, (object)Entry(("name", v.Item1), ("arn", v.Item2)))));
        var functions = Functions.Select(f => Output.Tuple(f.Function.Function.Name, f.Function.Function.Arn).Apply(v =>
            ("functions", f.Function.Spec.Name, (object)Entry(("name", v.Item1), ("arn", v.Item2)))));
        var extras = _extras.Select(extra => extra.Value.Apply(value => ("", extra.Key, value)));

        return Output.All(tables.Concat(streams).Concat(functions).Concat(extras)).Apply(resolved =>
        {
            var groups = new[] { "tables", "streams", "functions" }.ToImmutableDictionary(
                group => group,
                group => (object)resolved.Where(r => r.Item1 == group).ToImmutableSortedDictionary(r => r.Item2, r => r.Item3));
            return resolved.Where(r => r.Item1 == "").Aggregate(groups, (acc, r) => acc.SetItem(r.Item2, r.Item3));
        });
    }

    private static ImmutableSortedDictionary<string, string> Entry(params (string Key, string Value)[] pairs) =>
        pairs.ToImmutableSortedDictionary(p => p.Key, p => p.Value);
}
