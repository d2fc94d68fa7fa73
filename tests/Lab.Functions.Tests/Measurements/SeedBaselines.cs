using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Lab.Functions.Shared;
using Lab.Functions.Shared.Events;

namespace Lab.Functions.Tests.Measurements;

/// <summary>
/// The seeds' request patterns, reproduced only to count their DynamoDB requests on the same records
/// (seed 001 part 2: UpdateItem ADD per record; seed 004: GetItem then PutItem or UpdateItem per record;
/// seed 002 ddbreplica_lambda: PutItem per INSERT/MODIFY, deletes ignored).
/// </summary>
public static class SeedBaselines
{
    public static async Task AggregateScoresAsync(IAmazonDynamoDB client, string byUser, DynamoDbStreamEvent input)
    {
        foreach (var record in input.Records.Where(r => r.Dynamodb?.NewImage is not null))
        {
            var image = record.Dynamodb!.NewImage!;
            await client.UpdateItemAsync(new UpdateItemRequest
            {
                TableName = byUser,
                Key = new() { ["Username"] = AttributeValues.ToSdk(image["Username"]) },
                UpdateExpression = "ADD Score :attrValue",
                ExpressionAttributeValues = new() { [":attrValue"] = AttributeValues.ToSdk(image["Score"]) },
            });
        }
    }

    public static async Task TourneyStatsAsync(IAmazonDynamoDB client, string stats, DynamoDbStreamEvent input)
    {
        foreach (var record in input.Records.Where(r => r.Dynamodb?.NewImage is not null))
        {
            var image = record.Dynamodb!.NewImage!;
            var key = new Dictionary<string, AttributeValue> { ["player"] = AttributeValues.ToSdk(image["player"]) };
            var current = await client.GetItemAsync(new GetItemRequest { TableName = stats, Key = key });
            var won = image.ContainsKey("winner") ? "1" : "0";
            if (current.Item is not { Count: > 0 })
            {
                await client.PutItemAsync(new PutItemRequest
                {
                    TableName = stats,
                    Item = new() { ["player"] = key["player"], ["avg_score"] = AttributeValues.ToSdk(image["score"]), ["games"] = new() { N = "1" }, ["wins"] = new() { N = won } },
                });
            }
            else
            {
                await client.UpdateItemAsync(new UpdateItemRequest
                {
                    TableName = stats,
                    Key = key,
                    UpdateExpression = "SET games = games + :one, wins = wins + :win",
                    ExpressionAttributeValues = new() { [":one"] = new() { N = "1" }, [":win"] = new() { N = won } },
                });
            }
        }
    }

    public static async Task ReplicaAsync(IAmazonDynamoDB client, string replica, DynamoDbStreamEvent input)
    {
        foreach (var record in input.Records.Where(r => r.EventName is "INSERT" or "MODIFY"))
        {
            await client.PutItemAsync(new PutItemRequest { TableName = replica, Item = AttributeValues.ToSdk(record.Dynamodb!.NewImage!) });
        }
    }
}
