using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Lambda.Core;
using Lab.Functions.Shared;
using Lab.Functions.Shared.Events;
using Lab.Functions.Shared.ExactlyOnce;

namespace Lab.Functions.GameScores;

/// <summary>
/// GameScoreRecords stream → GameScoresByUser: adds each record's Score to its Username's total (ADD Score).
/// Unlike the seed (one UpdateItem per record, no redelivery safety) it sums per user inside the batch, writes
/// each user once per batch, and applies every record exactly once through <see cref="StreamRecordLedger"/>.
/// A record without Username, with a Username DynamoDB cannot use as a key (empty, over 2,048 bytes) or with a Score
/// that is not a number within ±1e15 is logged with its eventID/sequence number and skipped: retrying cannot repair it,
/// so it must not block the shard, nor cost the good records of its batch.
/// </summary>
public sealed class AggregateScoresByUser
{
    public const string TableVariable = "GAME_SCORES_BY_USER_TABLE";

    private readonly IAmazonDynamoDB dynamoDb;
    private readonly string tableName;
    private readonly StreamRecordLedger ledger;

    public AggregateScoresByUser() : this(FunctionSettings.FromProcessEnvironment(nameof(AggregateScoresByUser)))
    {
    }

    public AggregateScoresByUser(FunctionSettings settings)
        : this(AwsClients.DynamoDb(settings), settings.Required(TableVariable, "the name of the GameScoresByUser table"), TimeProvider.System)
    {
    }

    public AggregateScoresByUser(IAmazonDynamoDB dynamoDb, string tableName, TimeProvider clock)
    {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
        ledger = new StreamRecordLedger(dynamoDb, tableName, "Username", clock);
    }

    public async Task<StreamsEventResponse> FunctionHandler(DynamoDbStreamEvent input, ILambdaContext context)
    {
        var logger = context.Logger;
        var byUser = new Dictionary<string, List<(DynamoDbStreamRecord, object)>>(StringComparer.Ordinal);
        var skipped = 0;
        foreach (var record in input.Records)
        {
            var image = record.Dynamodb?.NewImage;
            if (image is null)
            {
                logger.LogInformation($"No NewImage, nothing to add: {record.Describe()} ({record.EventName})");
                continue;
            }
            var user = AttributeValues.ReadString(image, "Username", out var userProblem);
            var score = AttributeValues.ReadNumber(image, "Score", out var scoreProblem);
            if (user is null || score is null || record.EventId is null)
            {
                var problem = userProblem ?? scoreProblem ?? "eventID is missing (needed to apply it exactly once)";
                logger.LogWarning($"Skipped bad {record.Describe()}: {problem}; expected a Username string and a numeric Score.");
                skipped++;
                continue;
            }
            if ((KeyValues.PartitionKeyProblem("Username", user) ?? ExactSums.Problem("Score", score.Value)) is { } invalid)
            {
                logger.LogWarning($"Skipped bad {record.Describe()}: {invalid}.");
                skipped++;
                continue;
            }
            if (StreamRecordLedger.IsMarker(user))
            {
                logger.LogWarning($"Skipped bad {record.Describe()}: Username '{user}' uses the reserved prefix {StreamRecordLedger.MarkerPrefix}.");
                skipped++;
                continue;
            }
            if (!byUser.TryGetValue(user, out var list))
            {
                byUser[user] = list = new();
            }
            list.Add((record, score.Value));
        }

        var groups = byUser.Select(pair => new AggregateGroup(pair.Key, pair.Value)).ToList();
        var outcome = await ledger.ApplyAsync(groups, pending => Task.FromResult<IReadOnlyList<Update>>(pending.Select(AddScore).ToList()), logger);
        logger.LogInformation(
            $"Processed {input.Records.Count} record(s): {outcome.Applied} applied to {byUser.Count} user(s), " +
            $"{outcome.AlreadyApplied} already applied, {skipped + outcome.Rejected} skipped, {outcome.Failed.Count} failed.");
        return BatchFailures.For(outcome.Failed);
    }

    private Update AddScore(AggregateGroup group) => new()
    {
        TableName = tableName,
        Key = new Dictionary<string, AttributeValue> { ["Username"] = AttributeValues.Text(group.KeyValue) },
        UpdateExpression = "ADD #score :sum",
        ExpressionAttributeNames = new Dictionary<string, string> { ["#score"] = "Score" },
        ExpressionAttributeValues = new Dictionary<string, AttributeValue>
        {
            [":sum"] = AttributeValues.Number(group.Records.Sum(r => (decimal)r.Contribution)),
        },
    };
}
