using System.Text.Json;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Lambda.Core;
using Lab.Functions.Shared;
using Lab.Functions.Shared.Events;

namespace Lab.Functions.EventDriven;

/// <summary>
/// ReduceTable stream → AggregateTable: sums the batch's delta messages and applies every ADD Value in
/// TransactWriteItems. Solution stage: each transaction carries ClientRequestToken = hash of (batch, chunk), so
/// a redelivered batch replays as a no-op. Keys are sorted and cut into chunks of at most 100 (the transaction
/// limit), so a retry rebuilds exactly the same chunks with the same tokens (same token, same parameters).
/// IMPORTANT: DynamoDB honours a ClientRequestToken for 10 minutes only; a retry after that applies the
/// transaction again. Lambda retries a failed batch within seconds, but a shard blocked for over 10 minutes
/// (or a replay from an old checkpoint) would double-count.
/// Start stage: the same transactions without a token (a retry applies them again).
/// Failure injection FAILURE_REDUCE_LAMBDA_PCT strikes after the transactions, as the seed.
/// </summary>
public sealed class ReduceLambda
{
    public const string AggregateTableVariable = "AGGREGATE_TABLE";
    public const string ParameterTableVariable = "PARAMETER_TABLE";
    private const int TransactionLimit = 100;

    private readonly IAmazonDynamoDB dynamoDb;
    private readonly string aggregateTable;
    private readonly Stage stage;
    private readonly FailureInjection failures;

    public ReduceLambda() : this(FunctionSettings.FromProcessEnvironment(nameof(ReduceLambda)))
    {
    }

    public ReduceLambda(FunctionSettings settings)
        : this(
            AwsClients.DynamoDb(settings),
            settings.Required(AggregateTableVariable, "the name of the AggregateTable"),
            settings.Required(ParameterTableVariable, "the name of the ParameterTable"),
            StageSetting.Read(settings),
            new Random())
    {
    }

    public ReduceLambda(IAmazonDynamoDB dynamoDb, string aggregateTable, string parameterTable, Stage stage, Random random)
    {
        this.dynamoDb = dynamoDb;
        this.aggregateTable = aggregateTable;
        this.stage = stage;
        failures = new FailureInjection(dynamoDb, parameterTable, random);
    }

    public async Task<PipelineResult> FunctionHandler(DynamoDbStreamEvent input, ILambdaContext context)
    {
        var logger = context.Logger;
        logger.LogInformation($"Invoked ReduceLambda with {input.Records.Count} Delta message(s).");
        var totals = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
        var result = new PipelineResult();
        foreach (var record in input.Records)
        {
            var message = record.Dynamodb?.NewImage?.GetValueOrDefault("Message")?.S;
            if (message is null)
            {
                continue; // deletes and images without a message carry nothing to add
            }
            try
            {
                var deltas = JsonSerializer.Deserialize(message, LabJsonContext.Default.DictionaryStringDecimal)
                    ?? throw new JsonException("message is null");
                if (deltas.Keys.Select(key => KeyValues.PartitionKeyProblem("aggregation key", key)).FirstOrDefault(p => p is not null) is { } badKey)
                {
                    logger.LogWarning($"Skipped bad {record.Describe()}: {badKey}.");
                    result.Skipped++;
                    continue;
                }
                // A message's sums are computed before any is kept: one that would overflow is skipped whole.
                var sums = deltas.Select(pair => (pair.Key, Sum: totals.GetValueOrDefault(pair.Key) + pair.Value)).ToList();
                foreach (var (key, sum) in sums)
                {
                    totals[key] = sum;
                }
                result.Processed++;
            }
            catch (JsonException error)
            {
                logger.LogWarning($"Skipped bad {record.Describe()}: Message is not a JSON object of numbers ({error.Message}).");
                result.Skipped++;
            }
            catch (OverflowException)
            {
                logger.LogWarning($"Skipped bad {record.Describe()}: its deltas cannot be added exactly to this batch's sums (decimal overflow).");
                result.Skipped++;
            }
        }
        if (totals.Count == 0)
        {
            logger.LogInformation("Skipped batch - no new entries.");
            return result;
        }

        var batchHash = BatchHash.Of(input.Records.Select(r => r.EventId));
        var chunks = totals.Chunk(TransactionLimit).ToList();
        for (var index = 0; index < chunks.Count; index++)
        {
            var request = new TransactWriteItemsRequest
            {
                TransactItems = chunks[index].Select(entry => new TransactWriteItem
                {
                    Update = new Update
                    {
                        TableName = aggregateTable,
                        Key = new Dictionary<string, AttributeValue> { ["Identifier"] = AttributeValues.Text(entry.Key) },
                        UpdateExpression = "ADD #val :val",
                        ExpressionAttributeNames = new Dictionary<string, string> { ["#val"] = "Value" },
                        ExpressionAttributeValues = new Dictionary<string, AttributeValue> { [":val"] = AttributeValues.Number(entry.Value) },
                    },
                }).ToList(),
            };
            if (stage == Stage.Solution)
            {
                request.ClientRequestToken = BatchHash.Token(batchHash, index);
            }
            await dynamoDb.TransactWriteItemsAsync(request);
        }

        if (failures.Strikes(await failures.ReadPercentAsync(FailureInjection.ReducePct, logger)))
        {
            throw FailureInjection.Failure("ReduceLambda");
        }
        var count = totals.GetValueOrDefault(AggregationKeys.MessageCount);
        logger.LogInformation($"ReduceLambda finished. Updated aggregates with {count} new message(s) in total.");
        result.Detail = $"{chunks.Count} transaction(s)";
        return result;
    }
}
