using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Lambda.Core;
using Lab.Functions.Shared;
using Lab.Functions.Shared.Events;
using Lab.Functions.Shared.ExactlyOnce;

namespace Lab.Functions.Tourney;

/// <summary>
/// TaTourney stream → TaTourneyStats: per player games, wins, total_score, avg_score (total_score / games, a true
/// mean; the seed's (old + new) // 2 was wrong) and win_percent. Each player item is rewritten with a
/// stats_version condition (optimistic concurrency instead of the seed's racy get-then-put), inside the
/// transaction of <see cref="StreamRecordLedger"/> so each stream record counts once even when redelivered.
/// A record without player, with a player DynamoDB cannot use as a key or with a score that is not a number within
/// ±1e15 is logged and skipped.
/// </summary>
public sealed class TaTourneyStats
{
    public const string TableVariable = "STATS_TABLE";
    private const string Version = "stats_version";

    private readonly IAmazonDynamoDB dynamoDb;
    private readonly string tableName;
    private readonly StreamRecordLedger ledger;

    public TaTourneyStats() : this(FunctionSettings.FromProcessEnvironment(nameof(TaTourneyStats)))
    {
    }

    public TaTourneyStats(FunctionSettings settings)
        : this(AwsClients.DynamoDb(settings), settings.Required(TableVariable, "the name of the TaTourneyStats table"), TimeProvider.System)
    {
    }

    public TaTourneyStats(IAmazonDynamoDB dynamoDb, string tableName, TimeProvider clock)
    {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
        ledger = new StreamRecordLedger(dynamoDb, tableName, "player", clock);
    }

    private sealed record Game(decimal Score, bool Won);

    public async Task<StreamsEventResponse> FunctionHandler(DynamoDbStreamEvent input, ILambdaContext context)
    {
        var logger = context.Logger;
        var byPlayer = new Dictionary<string, List<(DynamoDbStreamRecord, object)>>(StringComparer.Ordinal);
        var skipped = 0;
        foreach (var record in input.Records)
        {
            var image = record.Dynamodb?.NewImage;
            if (image is null)
            {
                logger.LogInformation($"No NewImage, nothing to count: {record.Describe()} ({record.EventName})");
                continue;
            }
            var player = AttributeValues.ReadString(image, "player", out var playerProblem);
            var score = AttributeValues.ReadNumber(image, "score", out var scoreProblem);
            if (player is null || score is null || record.EventId is null || StreamRecordLedger.IsMarker(player))
            {
                var problem = playerProblem ?? scoreProblem ?? (record.EventId is null ? "eventID is missing" : $"player '{player}' uses a reserved prefix");
                logger.LogWarning($"Skipped bad {record.Describe()}: {problem}; expected a player string and a numeric score.");
                skipped++;
                continue;
            }
            if ((KeyValues.PartitionKeyProblem("player", player) ?? ExactSums.Problem("score", score.Value)) is { } invalid)
            {
                logger.LogWarning($"Skipped bad {record.Describe()}: {invalid}.");
                skipped++;
                continue;
            }
            if (!byPlayer.TryGetValue(player, out var games))
            {
                byPlayer[player] = games = new();
            }
            games.Add((record, new Game(score.Value, image.ContainsKey("winner"))));
        }

        var groups = byPlayer.Select(pair => new AggregateGroup(pair.Key, pair.Value)).ToList();
        var outcome = await ledger.ApplyAsync(groups, BuildUpdatesAsync, logger);
        logger.LogInformation(
            $"Processed {input.Records.Count} record(s): {outcome.Applied} counted for {byPlayer.Count} player(s), " +
            $"{outcome.AlreadyApplied} already counted, {skipped + outcome.Rejected} skipped, {outcome.Failed.Count} failed.");
        return BatchFailures.For(outcome.Failed);
    }

    /// <summary>Reads the players' current stats (one BatchGetItem, consistent) and builds version-checked rewrites.</summary>
    private async Task<IReadOnlyList<Update>> BuildUpdatesAsync(IReadOnlyList<AggregateGroup> groups)
    {
        var response = await dynamoDb.BatchGetItemAsync(new BatchGetItemRequest
        {
            RequestItems = new Dictionary<string, KeysAndAttributes>
            {
                [tableName] = new KeysAndAttributes
                {
                    ConsistentRead = true,
                    Keys = groups.Select(g => new Dictionary<string, AttributeValue> { ["player"] = AttributeValues.Text(g.KeyValue) }).ToList(),
                },
            },
        });
        var current = (response.Responses?.GetValueOrDefault(tableName) ?? new List<Dictionary<string, AttributeValue>>())
            .ToDictionary(item => item["player"].S, StringComparer.Ordinal);
        // Keys the read did not return (throttled) are treated as absent; their version condition then fails and is retried.
        return groups.Select(g => Rewrite(g, current.GetValueOrDefault(g.KeyValue))).ToList();
    }

    private Update Rewrite(AggregateGroup group, Dictionary<string, AttributeValue>? item)
    {
        var newGames = group.Records.Select(r => (Game)r.Contribution).ToList();
        var games = AttributeValues.ReadSdkNumber(item, "games") + newGames.Count;
        var wins = AttributeValues.ReadSdkNumber(item, "wins") + newGames.Count(g => g.Won);
        var total = AttributeValues.ReadSdkNumber(item, "total_score") + newGames.Sum(g => g.Score);
        var version = AttributeValues.ReadSdkNumber(item, Version);
        var update = new Update
        {
            TableName = tableName,
            Key = new Dictionary<string, AttributeValue> { ["player"] = AttributeValues.Text(group.KeyValue) },
            UpdateExpression = "SET games = :games, wins = :wins, total_score = :total, avg_score = :avg, win_percent = :pct, #version = :next",
            ExpressionAttributeNames = new Dictionary<string, string> { ["#version"] = Version },
            ExpressionAttributeValues = new Dictionary<string, AttributeValue>
            {
                [":games"] = AttributeValues.Number(games),
                [":wins"] = AttributeValues.Number(wins),
                [":total"] = AttributeValues.Number(total),
                [":avg"] = AttributeValues.Number(Math.Round(total / games, 6)),
                [":pct"] = AttributeValues.Text((wins * 100m / games).ToString("0.00", CultureInfo.InvariantCulture) + "%"),
                [":next"] = AttributeValues.Number(version + 1),
            },
        };
        if (item is null)
        {
            update.ConditionExpression = "attribute_not_exists(player)";
        }
        else
        {
            update.ConditionExpression = "#version = :current";
            update.ExpressionAttributeValues[":current"] = AttributeValues.Number(version);
        }
        return update;
    }
}
