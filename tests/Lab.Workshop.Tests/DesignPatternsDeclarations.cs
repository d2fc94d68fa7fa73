using System.Collections.Immutable;
using Lab.Local;

namespace Lab.Workshop.Tests;

/// <summary>
/// Stand-in for the stack's declarations in tests: the designPatterns tables of LABS.md §3 as
/// Pulumi mocks receive them (ImmutableDictionary/ImmutableArray, numbers as double), with unique names.
/// <paramref name="only"/> limits a test to the tables it uses: DynamoDB Local, like an AWS account,
/// refuses more than 80,000 provisioned units in total, and one full set is ~21,000.
/// </summary>
internal sealed class DesignPatternsDeclarations(Func<string, string> uniqueName, IReadOnlyCollection<string>? only = null) : ITableDeclarationSource
{
    public Task<IReadOnlyList<DeclaredTable>> GetTablesAsync(string lab, CancellationToken ct = default)
    {
        Assert.Equal("designPatterns", lab);
        IReadOnlyList<DeclaredTable> tables =
        [
            new("tlog", Table(uniqueName("tlog"), "requestid", "N", null, 5, 5, [("host", "S")], [HostIndex(5, 5)], stream: true)),
            new("tlog_gsi_low", Table(uniqueName("tlog_gsi_low"), "requestid", "N", null, 1000, 1000, [("host", "S")], [HostIndex(1, 1)])),
            new("tlog_scan", Table(uniqueName("tlog_scan"), "requestid", "N", null, 5000, 5000,
                [("gsi_responsecode_hk", "N"), ("gsi_responsecode_sk", "S")],
                [Index("gsi_responsecode", "gsi_responsecode_hk", "gsi_responsecode_sk", "KEYS_ONLY", [], 3000, 5000)])),
            new("employees", Table(uniqueName("employees"), "employeeid", "N", ("colA", "S"), 100, 100,
                [("name", "S"), ("is_manager", "S"), ("title", "S"), ("state", "S"), ("city_dept", "S")],
                [
                    Index("gsi_overload", "colA", "name", "ALL", [], 100, 100),
                    Index("gsi_manager", "is_manager", "title", "ALL", [], 100, 100),
                    Index("gsi_city_dept", "state", "city_dept", "ALL", [], 100, 100),
                ])),
            new("tlog_replica", Table(uniqueName("tlog_replica"), "requestid", "N", null, 10, 5, [("host", "S")], [HostIndex(10, 5)])),
        ];
        return Task.FromResult<IReadOnlyList<DeclaredTable>>(tables.Where(t => only is null || only.Contains(t.Key)).ToList());
    }

    private static ImmutableDictionary<string, object> HostIndex(double rcu, double wcu) =>
        Index("host-requestid-gsi", "host", "requestid", "INCLUDE", ["bytessent"], rcu, wcu);

    internal static ImmutableDictionary<string, object> Index(string name, string hash, string range, string projection, string[] nonKey, double rcu, double wcu)
    {
        var index = ImmutableDictionary<string, object>.Empty
            .Add("name", name).Add("hashKey", hash).Add("rangeKey", range).Add("projectionType", projection)
            .Add("readCapacity", rcu).Add("writeCapacity", wcu);
        return nonKey.Length > 0 ? index.Add("nonKeyAttributes", nonKey.Cast<object>().ToImmutableArray()) : index;
    }

    internal static ImmutableDictionary<string, object?> Table(
        string name, string hash, string hashType, (string Name, string Type)? range, double rcu, double wcu,
        (string Name, string Type)[] otherAttributes, ImmutableDictionary<string, object>[] indexes, bool stream = false)
    {
        var attributes = new[] { (Name: hash, Type: hashType) }.Concat(range is { } r ? [r] : []).Concat(otherAttributes)
            .Select(a => (object)ImmutableDictionary<string, object>.Empty.Add("name", a.Name).Add("type", a.Type))
            .ToImmutableArray();
        var table = ImmutableDictionary<string, object?>.Empty
            .Add("name", name).Add("hashKey", hash).Add("attributes", attributes)
            .Add("billingMode", "PROVISIONED").Add("readCapacity", rcu).Add("writeCapacity", wcu)
            .Add("globalSecondaryIndexes", indexes.Cast<object>().ToImmutableArray())
            .Add("tags", ImmutableDictionary<string, object>.Empty.Add("student", "test").Add("lab", "designPatterns"));
        if (range is { } rk) table = table.Add("rangeKey", rk.Name);
        if (stream) table = table.Add("streamEnabled", true).Add("streamViewType", "NEW_IMAGE");
        return table;
    }
}
