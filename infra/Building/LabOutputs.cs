using System.Collections.Immutable;
using Pulumi;

namespace Lab.Infra.Building;

/// <summary>
/// One lab's stack output: {tables: {Name: {name, arn, streamArn}}, streams: {Name: {name, arn}},
/// functions: {Name: {name, arn}}}, keyed by the lab's own names. Test harnesses and `lab verify`
/// read these keys: they are a contract (README, "Stack outputs").
/// </summary>
public sealed class LabOutputs
{
    private readonly List<(string Group, string Key, Output<ImmutableDictionary<string, string>> Value)> _entries = [];
    private readonly Dictionary<string, Output<object>> _extras = [];

    public void Table(string key, Pulumi.Aws.DynamoDB.Table table) =>
        _entries.Add(("tables", key, Output.Tuple(table.Name, table.Arn, table.StreamArn).Apply(t =>
            ImmutableDictionary<string, string>.Empty.Add("name", t.Item1).Add("arn", t.Item2).Add("streamArn", t.Item3 ?? ""))));

    public void Stream(string key, Pulumi.Aws.Kinesis.Stream stream) =>
        _entries.Add(("streams", key, Output.Tuple(stream.Name, stream.Arn).Apply(t =>
            ImmutableDictionary<string, string>.Empty.Add("name", t.Item1).Add("arn", t.Item2))));

    public void Function(LabFunction function) =>
        _entries.Add(("functions", function.Spec.Name, Output.Tuple(function.Function.Name, function.Function.Arn).Apply(t =>
            ImmutableDictionary<string, string>.Empty.Add("name", t.Item1).Add("arn", t.Item2))));

    /// <summary>A lab-specific value beside the three groups (e.g. the hourly cost of provisioned capacity).</summary>
    public void Extra(string key, Output<object> value) => _extras[key] = value;

    public Output<ImmutableDictionary<string, object>> Build()
    {
        var keyed = _entries.Select(entry => entry.Value.Apply(value => (entry.Group, entry.Key, (object)value)));
        var extras = _extras.Select(extra => extra.Value.Apply(value => ("", extra.Key, value)));
        return Output.All(keyed.Concat(extras)).Apply(resolved =>
        {
            var groups = new[] { "tables", "streams", "functions" }.ToImmutableDictionary(
                group => group,
                group => (object)resolved.Where(r => r.Item1 == group).ToImmutableSortedDictionary(r => r.Item2, r => r.Item3));
            return resolved.Where(r => r.Item1 == "").Aggregate(groups, (acc, r) => acc.SetItem(r.Item2, r.Item3));
        });
    }
}
