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
        Assert.Equal(new[] { "one", "two" }, resolved.Keys.Order());
    }

    // Real SDK (Core/InputMap.cs, v3.90.0): the indexer is Add; an equal value for a key already there is accepted,
    // a different one fails when the map resolves, never at the call.
    [Fact]
    public async Task InputMap_Add_accepts_an_equal_duplicate_and_fails_a_different_one_when_the_map_resolves()
    {
        InputMap<int> map = new Dictionary<string, int> { ["one"] = 1 };
        map["one"] = 1;
        map.Add("two", 2);
        Assert.Equal(new Dictionary<string, int> { ["one"] = 1, ["two"] = 2 }, await ValueOf((Output<ImmutableDictionary<string, int>>)map));

        map["two"] = 3;  // no exception here
        var error = await Assert.ThrowsAsync<ArgumentException>(() => ValueOf((Output<ImmutableDictionary<string, int>>)map));
        Assert.Equal("Key 'two' already exists in the map with a different value.", error.Message);
    }

    [Fact]
    public async Task InputMap_Merge_lets_the_second_map_win()
    {
        InputMap<string> first = new Dictionary<string, string> { ["lab"] = "kinesis", ["student"] = "alice" };
        InputMap<string> second = new Dictionary<string, string> { ["lab"] = "tourney" };

        var merged = await ValueOf((Output<ImmutableDictionary<string, string>>)InputMap<string>.Merge(first, second));

        Assert.Equal(new Dictionary<string, string> { ["lab"] = "tourney", ["student"] = "alice" }, merged);
    }

    [Fact]
    public void An_input_collection_cannot_be_enumerated_synchronously()
    {
        var error = Assert.Throws<NotSupportedException>(() => ((System.Collections.IEnumerable)new InputMap<int>()).GetEnumerator());
        Assert.Equal($"A {typeof(InputMap<int>).FullName} cannot be synchronously enumerated. Use GetAsyncEnumerator instead.", error.Message);
    }

    // Real SDK (Core/Output.cs, v3.90.0): ToString logs a warning through Deployment.Instance, so outside a
    // deployment it fails; inside one it returns the guidance text and a closing line.
    [Fact]
    public void ToString_of_an_output_outside_a_deployment_fails_as_Deployment_Instance_does()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Output.Create(1).ToString());
        Assert.Equal("Trying to acquire Deployment.Instance before 'Run' was called.", error.Message);
    }

    [Fact]
    public async Task ToString_of_an_output_inside_a_deployment_explains_how_to_use_it_instead()
    {
        string? text = null;
        await Deployment.TestAsync(new RecordingMocks(), Run.Preview, () => { text = Output.Create(1).ToString(); });

        Assert.StartsWith("Calling [ToString] on an [Output<T>] is not supported." + Environment.NewLine, text);
        Assert.Contains("2. Output.Format($\"prefix{hostname}suffix\");", text);
        Assert.EndsWith(Environment.NewLine + "This function may throw in a future version of Pulumi.", text);
    }
}
