using System.Collections.Immutable;
using System.Text.Json;
using Amazon.DynamoDBv2;
using Lab.Local;
using Lab.Testing;

namespace Lab.Workshop.Tests;

[Collection("dynamodb-local")]
public sealed class ProvisionerTests(DynamoDbLocalFixture engine)
{
    private ImmutableDictionary<string, object?> Tlog(string name) => DesignPatternsDeclarations.Table(
        name, "requestid", "N", null, 5, 5, [("host", "S")],
        [DesignPatternsDeclarations.Index("host-requestid-gsi", "host", "requestid", "INCLUDE", ["bytessent"], 5, 5)], stream: true);

    [Fact]
    public async Task Creates_the_declared_table_with_keys_capacities_index_and_stream()
    {
        var name = engine.UniqueName("tlog");
        using var client = engine.CreateClient();

        var created = await new LocalTableProvisioner(client).ProvisionAsync(Tlog(name));

        Assert.Equal(name, created.Name);
        Assert.EndsWith($":table/{name}", created.Arn);
        Assert.NotNull(created.StreamArn);
        var table = (await client.DescribeTableAsync(name)).Table;
        Assert.Equal(5, table.ProvisionedThroughput.ReadCapacityUnits);
        Assert.Equal(StreamViewType.NEW_IMAGE, table.StreamSpecification.StreamViewType);
        var index = Assert.Single(table.GlobalSecondaryIndexes);
        Assert.Equal("host-requestid-gsi", index.IndexName);
        Assert.Equal(ProjectionType.INCLUDE, index.Projection.ProjectionType);
        Assert.Equal(["bytessent"], index.Projection.NonKeyAttributes);
        Assert.Equal(["host:HASH", "requestid:RANGE"], index.KeySchema.Select(k => $"{k.AttributeName}:{k.KeyType.Value}"));
    }

    [Fact]
    public async Task Provisioning_again_with_the_same_keys_is_idempotent()
    {
        var name = engine.UniqueName("tlog");
        using var client = engine.CreateClient();
        var provisioner = new LocalTableProvisioner(client);
        var first = await provisioner.ProvisionAsync(Tlog(name));
        var second = await provisioner.ProvisionAsync(Tlog(name));
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task An_existing_table_with_another_key_schema_is_a_clear_error()
    {
        var name = engine.UniqueName("tlog");
        using var client = engine.CreateClient();
        var provisioner = new LocalTableProvisioner(client);
        await provisioner.ProvisionAsync(Tlog(name));
        var other = DesignPatternsDeclarations.Table(name, "requestid", "S", ("host", "S"), 5, 5, [], []);

        var e = await Assert.ThrowsAsync<TableSchemaMismatchException>(() => provisioner.ProvisionAsync(other));
        Assert.Contains($"table '{name}' already exists with a different key schema", e.Message);
        Assert.Contains("table hash key is requestid (N), declared requestid (S)", e.Message);
        Assert.Contains("table range key is none, declared host (S)", e.Message);
        Assert.Contains("index 'host-requestid-gsi' exists but is not declared", e.Message);
    }

    [Fact]
    public async Task Pay_per_request_and_inputs_read_back_from_plan_json_work()
    {
        var name = engine.UniqueName("scores");
        var json = $$$"""
            {"name": "{{{name}}}", "hashKey": "RecordID", "billingMode": "PAY_PER_REQUEST",
             "attributes": [{"name": "RecordID", "type": "N"}, {"name": "Username", "type": "S"}],
             "streamEnabled": true, "streamViewType": "NEW_IMAGE",
             "globalSecondaryIndexes": [{"name": "by-user", "keySchemas": [{"attributeName": "Username", "keyType": "HASH"}], "projectionType": "ALL"}],
             "tags": {"student": "alice"}}
            """;
        var inputs = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!.ToDictionary(kv => kv.Key, kv => (object?)kv.Value);
        using var client = engine.CreateClient();

        var created = await new LocalTableProvisioner(client).ProvisionAsync(inputs);

        var table = (await client.DescribeTableAsync(name)).Table;
        Assert.Equal(BillingMode.PAY_PER_REQUEST, table.BillingModeSummary.BillingMode);
        Assert.Equal("Username", Assert.Single(table.GlobalSecondaryIndexes).KeySchema.Single().AttributeName);
        Assert.NotNull(created.StreamArn);
    }

    public static TheoryData<string, Func<ImmutableDictionary<string, object?>, ImmutableDictionary<string, object?>>, string> BadInputs => new()
    {
        { "missing name", t => t.Remove("name"), "input 'name' is missing; expected a non-empty string" },
        { "missing hashKey", t => t.Remove("hashKey"), "input 'hashKey' is missing" },
        { "hashKey not an attribute", t => t.SetItem("hashKey", "id"), "hashKey 'id' has no entry in 'attributes'" },
        { "bad attribute type", t => t.SetItem("attributes", ImmutableArray.Create<object>(ImmutableDictionary<string, object>.Empty.Add("name", "requestid").Add("type", "X"), ImmutableDictionary<string, object>.Empty.Add("name", "host").Add("type", "S"))), "attributes 'requestid' type is \"X\"; expected one of S, N, B" },
        { "missing readCapacity", t => t.Remove("readCapacity"), "readCapacity is missing; expected a positive whole number with billingMode PROVISIONED" },
        { "fractional capacity", t => t.SetItem("writeCapacity", 2.5), "input 'writeCapacity' is the number 2.5; expected a positive whole number" },
        { "capacity as a string", t => t.SetItem("readCapacity", "5"), "input 'readCapacity' is the string \"5\"; expected a positive whole number" },
        { "bad billing mode", t => t.SetItem("billingMode", "ON_DEMAND"), "billingMode is \"ON_DEMAND\"; expected one of PROVISIONED, PAY_PER_REQUEST" },
        { "stream without view type", t => t.Remove("streamViewType"), "'streamViewType' is missing while streamEnabled is true" },
        { "unused attribute", t => t.SetItem("globalSecondaryIndexes", ImmutableArray<object>.Empty), "'attributes' declares host but no key or index uses it" },
        { "attributes not a list", t => t.SetItem("attributes", "requestid"), "input 'attributes' is the string \"requestid\"; expected a list of objects" },
        { "gsi bad projection", t => t.SetItem("globalSecondaryIndexes", ImmutableArray.Create<object>(DesignPatternsDeclarations.Index("g", "host", "requestid", "SOME", [], 1, 1))), "globalSecondaryIndexes 'g' projectionType is \"SOME\"" },
        { "gsi without capacity", t => t.SetItem("globalSecondaryIndexes", ImmutableArray.Create<object>(DesignPatternsDeclarations.Index("g", "host", "requestid", "ALL", [], 1, 1).Remove("writeCapacity"))), "globalSecondaryIndexes 'g' writeCapacity is missing" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Bad_inputs_name_the_table_the_input_and_what_was_expected(string why, Func<ImmutableDictionary<string, object?>, ImmutableDictionary<string, object?>> spoil, string expected)
    {
        var e = Assert.Throws<TableInputException>(() => TableDeclaration.FromInputs(spoil(Tlog("tlog-bad")), "tlogResource"));
        Assert.Contains(expected, e.Message);
        Assert.Contains(why == "missing name" ? "table 'tlogResource'" : "table 'tlog-bad'", e.Message);
    }
}
