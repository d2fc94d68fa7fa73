using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Lab.Testing;

namespace Lab.Functions.Tests.Support;

/// <summary>The eventDriven lab's four tables, with LABS.md's keys and streams, under names unique to one test.</summary>
public sealed record PipelineTables(string State, string Reduce, string Aggregate, string Parameter, string StateStreamArn, string ReduceStreamArn)
{
    public static async Task<PipelineTables> CreateAsync(IAmazonDynamoDB client, DynamoDbLocalFixture dynamo)
    {
        var (state, reduce, aggregate, parameter) =
            (dynamo.UniqueName("StateTable"), dynamo.UniqueName("ReduceTable"), dynamo.UniqueName("AggregateTable"), dynamo.UniqueName("ParameterTable"));
        var stateArn = await TestTables.CreateAsync(client, state, ("id", ScalarAttributeType.S), stream: StreamViewType.NEW_AND_OLD_IMAGES);
        var reduceArn = await TestTables.CreateAsync(client, reduce, ("MessageId", ScalarAttributeType.S), stream: StreamViewType.NEW_IMAGE);
        await TestTables.CreateAsync(client, aggregate, ("Identifier", ScalarAttributeType.S));
        await TestTables.CreateAsync(client, parameter, ("parameter", ScalarAttributeType.S));
        return new PipelineTables(state, reduce, aggregate, parameter, stateArn!, reduceArn!);
    }
}
