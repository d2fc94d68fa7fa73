using System.Collections.Immutable;
using Pulumi;
using Pulumi.Utilities;

namespace Lab.Offline.Tests;

public class OutputTests
{
    private static Task<T> ValueOf<T>(Output<T> output) => OutputUtilities.GetValueAsync(output);

    [Fact]
    public async Task Apply_maps_values_tasks_and_nested_outputs()
    {
        var name = Output.Create("orders");

        Assert.Equal(6, await ValueOf(name.Apply(n => n.Length)));
        Assert.Equal("ORDERS", await ValueOf(name.Apply(n => Task.FromResult(n.ToUpperInvariant()))));
        Assert.Equal("orders-stream", await ValueOf(name.Apply(n => Output.Create($"{n}-stream"))));
        Assert.Equal("orders!", await ValueOf(name.Apply(n => (Input<string>)(n + "!"))));
    }

    [Fact]
    public async Task Tuple_Format_and_All_combine_outputs()
    {
        var table = Output.Create("orders");
        var shards = Output.Create(2);

        Assert.Equal(("orders", 2), await ValueOf(Output.Tuple(table, shards)));
        Assert.Equal("orders has 2 shards", await ValueOf(Output.Format($"{table} has {shards} shards")));
        Assert.Equal(new[] { "a", "b", "c" }, await ValueOf(Output.All(Output.Create("a"), Output.Create("b"), Output.Create("c"))));
        Assert.Equal(new[] { 1, 2 }, await ValueOf(Output.All(new List<Input<int>> { 1, Output.Create(2) })));
    }

    [Fact]
    public async Task An_unknown_part_makes_the_combination_unknown_and_a_secret_part_makes_it_secret()
    {
        var unknown = OutputUtilities.CreateUnknown("arn");
        var secret = Output.CreateSecret("password");

        Assert.False(await OutputUtilities.GetIsKnownAsync(Output.Format($"{unknown}/x")));
        Assert.False(await OutputUtilities.GetIsKnownAsync(Output.All(unknown, Output.Create("b"))));
        Assert.True(await Output.IsSecretAsync(Output.Tuple(secret, Output.Create(1))));
        Assert.True(await Output.IsSecretAsync(secret.Apply(s => s.Length)));
        Assert.False(await Output.IsSecretAsync(Output.Unsecret(secret)));
    }

    [Fact]
    public async Task JsonSerialize_resolves_outputs_nested_in_the_value()
    {
        var arn = Output.Create("arn:aws:dynamodb:eu-west-1:123:table/orders");
        var policy = Output.Create(new
        {
            Version = "2012-10-17",
            Statement = new[] { new { Effect = "Allow", Resource = arn } },
        });

        var json = await ValueOf(Output.JsonSerialize(policy));

        Assert.Equal("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Resource\":\"arn:aws:dynamodb:eu-west-1:123:table/orders\"}]}", json);
        Assert.False(await OutputUtilities.GetIsKnownAsync(Output.JsonSerialize(Output.Create(new { Resource = OutputUtilities.CreateUnknown("x") }))));
        Assert.Equal(new Dictionary<string, int> { ["a"] = 1 }, await ValueOf(Output.JsonDeserialize<Dictionary<string, int>>(Output.Create("{\"a\":1}"))));
    }

    [Fact]
    public async Task Input_collections_convert_to_outputs_of_immutable_collections()
    {
        InputList<string> list = new[] { "a", "b" };
        list.Add(Output.Create("c"));
        InputMap<int> map = new Dictionary<string, int> { ["one"] = 1 };
        map["two"] = 2;

        Assert.Equal(new[] { "a", "b", "c" }, await ValueOf((Output<ImmutableArray<string>>)list));
        var resolved = await ValueOf((Output<ImmutableDictionary<string, int>>)map);
        Assert.Equal(2, resolved["two"]);
        Assert.Throws<ArgumentException>(() => map.Add("one", 3));
    }

    [Fact]
    public void ToString_of_an_output_explains_how_to_use_it_instead()
    {
        Assert.Contains("Output.Format", Output.Create(1).ToString());
    }
}
