using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Lambda.Core;
using Lab.Functions.Shared;
using Lab.Functions.Shared.Events;

namespace Lab.Functions.DesignPatterns;

/// <summary>
/// ddbreplica_lambda: replicates tlog into tlog_replica. INSERT/MODIFY put the new image, REMOVE deletes the key
/// (the workshop's original ignored deletes). Only the last change per key in a batch matters for the final
/// state, so the batch is collapsed per key: one PutItem/DeleteItem per key (the only actions its role has on
/// tlog_replica), sent concurrently. Puts and deletes of a full image are idempotent, so a redelivered batch converges to
/// the same replica. A record without Keys, or an INSERT/MODIFY without NewImage, is logged and skipped
/// (retrying cannot fix it). A key whose write fails (after the SDK's retries) reports its records as batch item failures.
/// </summary>
public sealed class DdbReplicaLambda
{
    public const string TableVariable = "REPLICA_TABLE";
    private const int Parallelism = 8;

    private readonly IAmazonDynamoDB dynamoDb;
    private readonly string replicaTable;

    public DdbReplicaLambda() : this(FunctionSettings.FromProcessEnvironment("ddbreplica_lambda"))
    {
    }

    public DdbReplicaLambda(FunctionSettings settings)
        : this(AwsClients.DynamoDb(settings), settings.Required(TableVariable, "the name of the tlog_replica table"))
    {
    }

    public DdbReplicaLambda(IAmazonDynamoDB dynamoDb, string replicaTable)
    {
        this.dynamoDb = dynamoDb;
        this.replicaTable = replicaTable;
    }

    public async Task<StreamsEventResponse> FunctionHandler(DynamoDbStreamEvent input, ILambdaContext context)
    {
        var logger = context.Logger;
        // Last change per key wins; remember every record that led to it, to report failures precisely.
        var latest = new Dictionary<string, (WriteRequest Write, List<DynamoDbStreamRecord> Records)>(StringComparer.Ordinal);
        var order = new List<string>();
        int skipped = 0;
        foreach (var record in input.Records)
        {
            var keys = record.Dynamodb?.Keys;
            WriteRequest? write = null;
            string? problem = null;
            try
            {
                if (keys is null || keys.Count == 0)
                {
                    problem = "it has no Keys";
                }
                else if (record.EventName == "REMOVE")
                {
                    write = new WriteRequest { DeleteRequest = new DeleteRequest { Key = AttributeValues.ToSdk(keys) } };
                }
                else if (record.EventName is "INSERT" or "MODIFY")
                {
                    write = record.Dynamodb!.NewImage is { } image
                        ? new WriteRequest { PutRequest = new PutRequest { Item = AttributeValues.ToSdk(image) } }
                        : null;
                    problem = write is null ? $"{record.EventName} without NewImage (stream view type must include new images)" : null;
                }
                else
                {
                    problem = $"eventName '{record.EventName}' is not INSERT, MODIFY or REMOVE";
                }
            }
            catch (FormatException error)
            {
                problem = $"an attribute value is malformed: {error.Message}";
            }
            if (write is null)
            {
                logger.LogWarning($"Skipped bad {record.Describe()}: {problem}.");
                skipped++;
                continue;
            }
            var id = KeyIdentity(keys!);
            if (!latest.TryGetValue(id, out var entry))
            {
                order.Add(id);
                entry = (write, new List<DynamoDbStreamRecord>());
            }
            entry.Records.Add(record);
            latest[id] = (write, entry.Records);
        }

        var failed = new List<DynamoDbStreamRecord>();
        var writes = order.Select(id => (Id: id, latest[id].Write)).ToList();
        // Different keys are independent, so their writes go out concurrently (bounded); one key gets one write.
        await Parallel.ForEachAsync(writes, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (entry, _) =>
        {
            try
            {
                await WriteAsync(entry.Write);
            }
            catch (AmazonDynamoDBException error)
            {
                logger.LogError($"Could not replicate key {entry.Id}: {error.Message}");
                lock (failed)
                {
                    failed.AddRange(latest[entry.Id].Records);
                }
            }
        });
        logger.LogInformation(
            $"Replicated {input.Records.Count - skipped - failed.Count} record(s) as {writes.Count} key write(s) into {replicaTable}; " +
            $"{skipped} skipped, {failed.Count} failed.");
        return BatchFailures.For(failed);
    }

    private Task WriteAsync(WriteRequest write) => write.PutRequest is { } put
        ? dynamoDb.PutItemAsync(new PutItemRequest { TableName = replicaTable, Item = put.Item })
        : dynamoDb.DeleteItemAsync(new DeleteItemRequest { TableName = replicaTable, Key = write.DeleteRequest.Key });

    private static string KeyIdentity(Dictionary<string, StreamAttributeValue> keys) =>
        string.Join("|", keys.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Key}={k.Value.S}{k.Value.N}{k.Value.B}"));
}
