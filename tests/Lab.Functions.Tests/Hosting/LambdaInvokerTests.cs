using Amazon.DynamoDBv2.Model;
using Lab.Functions.Hosting;
using Lab.Functions.Tests.Support;
using Lab.Testing;

namespace Lab.Functions.Tests.Hosting;

[Collection("dynamodb-local")]
public sealed class LambdaInvokerTests(DynamoDbLocalFixture fixture)
{
    private const string JaneDoe = """
        {"Records":[{"eventID":"1","eventVersion":"1.0","dynamodb":{"Keys":{"RecordID":{"N":"2"}},"NewImage":{"RecordID":{"N":"2"},"Username":{"S":"Jane Doe"},"Score":{"N":"100"},"Nickname":{"S":"JaneD"}},"StreamViewType":"NEW_IMAGE","SequenceNumber":"111","SizeBytes":26},"awsRegion":"us-west-2","eventName":"INSERT","eventSourceARN":"arn:aws:dynamodb:us-west-2:account-id:table/GameScoreRecords/stream/2015-10-07T00:48:05.899","eventSource":"aws:dynamodb"}]}
        """;

    [Fact]
    public async Task Runs_a_handler_by_its_lab_name_with_the_given_environment_and_captures_its_log()
    {
        using var client = fixture.CreateClient();
        var table = fixture.UniqueName("GameScoresByUser");
        await TestTables.CreateAsync(client, table, ("Username", Amazon.DynamoDBv2.ScalarAttributeType.S));

        var result = await LambdaInvoker.InvokeAsync("AggregateScoresByUser",
            new Dictionary<string, string> { ["AWS_ENDPOINT_URL_DYNAMODB"] = fixture.Endpoint, ["GAME_SCORES_BY_USER_TABLE"] = table }, JaneDoe);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("""{"batchItemFailures":[]}""", result.ResponseJson);
        Assert.Contains(result.LogLines, l => l.Contains("1 applied to 1 user(s)"));
        var item = await client.GetItemAsync(table, new() { ["Username"] = new AttributeValue { S = "Jane Doe" } });
        Assert.Equal("100", item.Item["Score"].N);
    }

    [Fact]
    public async Task A_missing_setting_is_a_failed_invocation_that_names_the_variable()
    {
        var result = await LambdaInvoker.InvokeAsync("TaTourneyStats", new Dictionary<string, string>(), """{"Records":[]}""");

        Assert.False(result.Succeeded);
        Assert.Contains("STATS_TABLE", result.Error);
        Assert.Contains(result.LogLines, l => l.Contains("STATS_TABLE"));
    }

    [Fact]
    public async Task An_event_of_the_wrong_shape_is_a_failed_invocation_that_says_what_was_expected()
    {
        var result = await LambdaInvoker.InvokeAsync("ProcessKinesisRecords", new Dictionary<string, string>(), """{"Records": 5}""");

        Assert.False(result.Succeeded);
        Assert.Contains("not a valid KinesisEvent", result.Error);
    }

    [Fact]
    public async Task An_unknown_function_lists_the_valid_names()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => LambdaInvoker.InvokeAsync("Nope", new Dictionary<string, string>(), "{}"));
        Assert.All(FunctionCatalog.Names, name => Assert.Contains(name, error.Message));
    }

    [Fact]
    public void Stack_outputs_fill_each_functions_environment_and_a_missing_lab_is_named()
    {
        const string outputs = """
            {"student":"alice","region":"eu-west-1",
             "eventDriven":{"tables":{"AggregateTable":{"name":"AggregateTable-alice-1a2b","arn":"a"},"ParameterTable":{"name":"ParameterTable-alice-1a2b","arn":"p"}},
                            "streams":{"IncomingDataStream":{"name":"IncomingDataStream-alice-1a2b","arn":"s"}}}}
            """;

        var environment = StackOutputBindings.Resolve("ReduceLambda", outputs, "outputs.json");
        Assert.Equal(new Dictionary<string, string>
        {
            ["AWS_REGION"] = "eu-west-1",
            ["AGGREGATE_TABLE"] = "AggregateTable-alice-1a2b",
            ["PARAMETER_TABLE"] = "ParameterTable-alice-1a2b",
        }, environment);
        var error = Assert.Throws<FormatException>(() => StackOutputBindings.Resolve("TaTourneyStats", outputs, "outputs.json"));
        Assert.Contains("outputs.json has no string at tourney.tables.TaTourneyStats.name", error.Message);
        Assert.Equal(FunctionCatalog.Names.Order(), StackOutputBindings.ByFunction.Keys.Order());
        Assert.Equal("Lab.Functions::Lab.Functions.DesignPatterns.DdbReplicaLambda::FunctionHandler", FunctionCatalog.Find("ddbreplica_lambda")!.Handler);
    }
}
