using System.Globalization;
using System.Text;
using System.Text.Json;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Lambda.Core;
using Lab.Functions.Shared;
using Lab.Functions.Shared.Events;

namespace Lab.Functions.EventDriven;

/// <summary>
/// IncomingDataStream (Kinesis) → StateTable: the latest version of each trade. Solution stage: conditional write
/// attribute_not_exists(id) OR Version &lt; :new_version, so a duplicate or stale version is logged and skipped and a
/// retried batch rewrites nothing. Start stage: unconditional write (the workshop's starting point).
/// Messages older than 60 s are skipped, as the seed, and counted (tooOld) with a warning. A record that is not a valid
/// message (bad JSON, a missing field, a TradeID DynamoDB cannot use as a key, a Value beyond ±1e15 that the pipeline
/// could not sum exactly, a Timestamp that is not epoch seconds) is logged by name and skipped.
/// Failure injection FAILURE_STATE_LAMBDA_PCT: the whole batch fails (as the seed), so Lambda retries it.
/// </summary>
public sealed class StateLambda
{
    public const string StateTableVariable = "STATE_TABLE";
    public const string ParameterTableVariable = "PARAMETER_TABLE";
    private static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(60);
    private const int Parallelism = 8;
    private const double MaxTimestamp = 253_402_300_799;  // 9999-12-31T23:59:59Z, the last second DateTimeOffset holds

    private readonly IAmazonDynamoDB dynamoDb;
    private readonly string stateTable;
    private readonly Stage stage;
    private readonly FailureInjection failures;
    private readonly TimeProvider clock;

    public StateLambda() : this(FunctionSettings.FromProcessEnvironment(nameof(StateLambda)))
    {
    }

    public StateLambda(FunctionSettings settings)
        : this(
            AwsClients.DynamoDb(settings),
            settings.Required(StateTableVariable, "the name of the StateTable"),
            settings.Required(ParameterTableVariable, "the name of the ParameterTable"),
            StageSetting.Read(settings),
            new Random(),
            TimeProvider.System)
    {
    }

    public StateLambda(IAmazonDynamoDB dynamoDb, string stateTable, string parameterTable, Stage stage, Random random, TimeProvider clock)
    {
        this.dynamoDb = dynamoDb;
        this.stateTable = stateTable;
        this.stage = stage;
        failures = new FailureInjection(dynamoDb, parameterTable, random);
        this.clock = clock;
    }

    public async Task<PipelineResult> FunctionHandler(KinesisEvent input, ILambdaContext context)
    {
        var logger = context.Logger;
        var records = input.Records;
        logger.LogInformation($"Invoked StateLambda with {records.Count} record(s).");
        var failurePct = await failures.ReadPercentAsync(FailureInjection.StatePct, logger);
        // As the seed: each record may trigger the injected failure; records before it are written, then the batch fails.
        var failAt = records.Count;
        for (var i = 0; i < records.Count; i++)
        {
            if (failures.Strikes(failurePct / Math.Max(1, records.Count)))
            {
                failAt = i;
                break;
            }
        }
        var result = new PipelineResult();
        var messages = new List<(KinesisEventRecord Record, TradeMessage Message)>();
        foreach (var record in records.Take(failAt))
        {
            var message = Parse(record, out var problem);
            if (message is null)
            {
                logger.LogWarning($"Skipped bad {record.Describe()}: {problem}.");
                result.Skipped++;
            }
            else if (clock.GetUtcNow() - DateTimeOffset.FromUnixTimeMilliseconds((long)(message.Timestamp!.Value * 1000)) > MaxAge)
            {
                logger.LogWarning($"Skipped {record.Describe()}: trade {message.TradeId} is older than 60 s (sent {message.Timestamp.Value:0.###}).");
                result.TooOld++;
            }
            else
            {
                messages.Add((record, message));
            }
        }
        // Different trades are independent; one trade's versions are written in stream order. Writing trades
        // concurrently keeps a 100-record batch from costing 100 sequential round trips.
        int written = 0, refused = 0;
        await Parallel.ForEachAsync(messages.GroupBy(m => m.Message.TradeId), new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (trade, _) =>
        {
            foreach (var (record, message) in trade)
            {
                if (await WriteAsync(message))
                {
                    Interlocked.Increment(ref written);
                }
                else
                {
                    Interlocked.Increment(ref refused);
                    logger.LogInformation(
                        $"Conditional put failed. This is either a duplicate or a more recent version already arrived. " +
                        $"Id: {message.TradeId} Version: {message.Version} Value: {message.Value} ({record.Describe()})");
                }
            }
        });
        result.Processed = written;
        result.Skipped += refused;
        if (result.TooOld > 0)
        {
            logger.LogWarning($"{result.TooOld} of {records.Count} trade(s) were older than 60 s and were dropped, as the workshop's StateLambda does.");
        }
        if (failAt < records.Count)
        {
            throw FailureInjection.Failure($"StateLambda, at record {failAt + 1} of {records.Count}");
        }
        logger.LogInformation($"StateLambda successfully processed {records.Count} record(s).");
        return result;
    }

    private async Task<bool> WriteAsync(TradeMessage message)
    {
        var request = new UpdateItemRequest
        {
            TableName = stateTable,
            Key = new Dictionary<string, AttributeValue> { ["id"] = AttributeValues.Text(message.TradeId!) },
            UpdateExpression = "SET #value = :new_value, #version = :new_version, #hierarchy = :new_hierarchy, #timestamp = :new_time",
            ExpressionAttributeNames = new Dictionary<string, string>
            {
                ["#value"] = "Value", ["#version"] = "Version", ["#hierarchy"] = "Hierarchy", ["#timestamp"] = "Timestamp",
            },
            ExpressionAttributeValues = new Dictionary<string, AttributeValue>
            {
                [":new_value"] = AttributeValues.Number(message.Value!.Value),
                [":new_version"] = AttributeValues.Number(message.Version!.Value),
                [":new_hierarchy"] = AttributeValues.Text(JsonSerializer.Serialize(message.Hierarchy!, LabJsonContext.Default.TradeHierarchy)),
                [":new_time"] = new AttributeValue { N = message.Timestamp!.Value.ToString("R", CultureInfo.InvariantCulture) },
            },
        };
        if (stage == Stage.Solution)
        {
            request.ConditionExpression = "attribute_not_exists(id) OR #version < :new_version";
        }
        try
        {
            await dynamoDb.UpdateItemAsync(request);
            return true;
        }
        catch (ConditionalCheckFailedException)
        {
            return false;
        }
    }

    private static TradeMessage? Parse(KinesisEventRecord record, out string? problem)
    {
        problem = null;
        try
        {
            var bytes = Convert.FromBase64String(record.Kinesis?.Data ?? "");
            var message = JsonSerializer.Deserialize(Encoding.UTF8.GetString(bytes), LabJsonContext.Default.TradeMessage);
            if (message?.TradeId is null || message.Version is null || message.Value is null || message.Timestamp is null || message.Hierarchy is null)
            {
                problem = "message lacks one of TradeID, Version, Value, Timestamp, Hierarchy";
                return null;
            }
            problem = KeyValues.PartitionKeyProblem("TradeID", message.TradeId)
                ?? ExactSums.Problem("Value", message.Value.Value)
                ?? (double.IsFinite(message.Timestamp.Value) && message.Timestamp.Value is >= 0 and <= MaxTimestamp
                    ? null
                    : $"Timestamp {message.Timestamp.Value} is not epoch seconds between 0 and {MaxTimestamp} (year 9999)");
            if (problem is not null)
            {
                return null;
            }
            AggregationKeys.For(message.Hierarchy);
            return message;
        }
        catch (Exception error) when (error is FormatException or JsonException)
        {
            problem = $"data is not a trade message ({error.Message})";
            return null;
        }
    }
}
