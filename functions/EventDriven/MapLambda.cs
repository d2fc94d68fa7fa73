using System.Globalization;
using System.Text.Json;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Lambda.Core;
using Lab.Functions.Shared;
using Lab.Functions.Shared.Events;

namespace Lab.Functions.EventDriven;

/// <summary>
/// StateTable stream → ReduceTable: sums the batch's deltas (new Value minus old Value per trade, rolled up to
/// every prefix of RiskType:TradeDesk:Region) and the message count, and writes one ReduceTable item.
/// Solution stage: MessageId = hash of the batch, written with attribute_not_exists(MessageId), so a retried
/// batch cannot add its deltas twice. Start stage: a fresh random MessageId, unconditional (duplicates on retry).
/// A record whose image cannot be read, or whose delta cannot be added exactly (beyond decimal's ±7.9e28), is logged and
/// skipped: its batch's retries are unbounded, so no record may fail it. Failure injection FAILURE_MAP_LAMBDA_PCT strikes
/// after the write, so the retry meets the write it already made.
/// </summary>
public sealed class MapLambda
{
    public const string ReduceTableVariable = "REDUCE_TABLE";
    public const string ParameterTableVariable = "PARAMETER_TABLE";

    private readonly IAmazonDynamoDB dynamoDb;
    private readonly string reduceTable;
    private readonly Stage stage;
    private readonly FailureInjection failures;
    private readonly Random random;

    public MapLambda() : this(FunctionSettings.FromProcessEnvironment(nameof(MapLambda)))
    {
    }

    public MapLambda(FunctionSettings settings)
        : this(
            AwsClients.DynamoDb(settings),
            settings.Required(ReduceTableVariable, "the name of the ReduceTable"),
            settings.Required(ParameterTableVariable, "the name of the ParameterTable"),
            StageSetting.Read(settings),
            new Random())
    {
    }

    public MapLambda(IAmazonDynamoDB dynamoDb, string reduceTable, string parameterTable, Stage stage, Random random)
    {
        this.dynamoDb = dynamoDb;
        this.reduceTable = reduceTable;
        this.stage = stage;
        this.random = random;
        failures = new FailureInjection(dynamoDb, parameterTable, random);
    }

    public async Task<PipelineResult> FunctionHandler(DynamoDbStreamEvent input, ILambdaContext context)
    {
        var logger = context.Logger;
        var totals = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
        var result = new PipelineResult();
        foreach (var record in input.Records)
        {
            try
            {
                var (keys, delta, isNewMessage) = Delta(record);
                // All of a record's sums are computed before any is kept, so a record that would overflow one is
                // skipped whole instead of failing the batch (which, retried without limit, would block the shard).
                var sums = keys.Select(key => (Key: key, Sum: totals.GetValueOrDefault(key) + delta)).ToList();
                foreach (var (key, sum) in sums)
                {
                    totals[key] = sum;
                }
                if (isNewMessage)
                {
                    totals[AggregationKeys.MessageCount] = totals.GetValueOrDefault(AggregationKeys.MessageCount) + 1;
                }
                result.Processed++;
            }
            catch (Exception error) when (error is FormatException or JsonException or KeyNotFoundException or OverflowException)
            {
                var why = error is OverflowException ? "its delta cannot be added exactly to this batch's sums (decimal overflow)" : error.Message;
                logger.LogWarning($"Skipped bad {record.Describe()}: {why}.");
                result.Skipped++;
            }
        }
        if (totals.Count == 0)
        {
            logger.LogInformation("Skipped batch - no deltas.");
            return result;
        }

        var messageId = stage == Stage.Solution
            ? BatchHash.Of(input.Records.Select(r => r.EventId))
            : new Guid(random.NextBytes16()).ToString("N");
        var put = new PutItemRequest
        {
            TableName = reduceTable,
            Item = new Dictionary<string, AttributeValue>
            {
                ["MessageId"] = AttributeValues.Text(messageId),
                ["Message"] = AttributeValues.Text(JsonSerializer.Serialize(new Dictionary<string, decimal>(totals), LabJsonContext.Default.DictionaryStringDecimal)),
            },
        };
        if (stage == Stage.Solution)
        {
            put.ConditionExpression = "attribute_not_exists(MessageId)";
        }
        var failurePct = await failures.ReadPercentAsync(FailureInjection.MapPct, logger);
        try
        {
            await dynamoDb.PutItemAsync(put);
            logger.LogInformation($"Wrote delta message {messageId} ({result.Processed} record(s)).");
        }
        catch (ConditionalCheckFailedException)
        {
            logger.LogInformation($"Delta message {messageId} was already written by an earlier delivery of this batch; not written again.");
        }
        if (failures.Strikes(failurePct))
        {
            throw FailureInjection.Failure("MapLambda");
        }
        return result;
    }

    private static (string[] Keys, decimal Delta, bool IsNewMessage) Delta(DynamoDbStreamRecord record)
    {
        var data = record.Dynamodb ?? throw new FormatException("no dynamodb section");
        var newImage = data.NewImage;
        var oldImage = data.OldImage;
        var image = newImage ?? oldImage ?? throw new FormatException("neither NewImage nor OldImage (the stream must be NEW_AND_OLD_IMAGES)");
        var hierarchy = JsonSerializer.Deserialize(image["Hierarchy"].S ?? throw new FormatException("Hierarchy is not a string"), LabJsonContext.Default.TradeHierarchy)
            ?? throw new FormatException("Hierarchy is null");
        var newValue = newImage is null ? 0m : Number(newImage, "Value");
        var oldValue = oldImage is null ? 0m : Number(oldImage, "Value");
        return (AggregationKeys.For(hierarchy), newValue - oldValue, newImage is not null);
    }

    private static decimal Number(Dictionary<string, StreamAttributeValue> image, string name) =>
        AttributeValues.ReadNumber(image, name, out var problem) ?? throw new FormatException(problem);
}

internal static class RandomExtensions
{
    public static byte[] NextBytes16(this Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return bytes;
    }
}
