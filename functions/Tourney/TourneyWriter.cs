using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Lambda.Core;
using Lab.Functions.Shared;
using Lab.Functions.Shared.Events;

namespace Lab.Functions.Tourney;

public sealed class TourneyWriterResult
{
    public int Matches { get; set; }
    public int Items { get; set; }
    public List<string> MatchIds { get; set; } = new();
}

/// <summary>
/// Runs on an EventBridge schedule and writes random match results into TaTourney so the table is "actively being
/// written to": one item per player per match (match_id, player, score), with a winner attribute on the winner.
/// Randomness is seedable (TOURNEY_SEED) so a run can be reproduced.
/// </summary>
public sealed class TourneyWriter
{
    public const string TableVariable = "TOURNEY_TABLE";
    public const string MatchesVariable = "TOURNEY_MATCHES_PER_RUN";
    public const string PlayersVariable = "TOURNEY_PLAYERS";
    public const string SeedVariable = "TOURNEY_SEED";
    public static readonly string[] DefaultPlayers = { "ada", "grace", "linus", "margaret", "dennis", "barbara", "ken", "radia" };

    private readonly IAmazonDynamoDB dynamoDb;
    private readonly string tableName;
    private readonly int matchesPerRun;
    private readonly IReadOnlyList<string> players;
    private readonly Random random;
    private readonly TimeProvider clock;

    public TourneyWriter() : this(FunctionSettings.FromProcessEnvironment(nameof(TourneyWriter)))
    {
    }

    public TourneyWriter(FunctionSettings settings)
        : this(
            AwsClients.DynamoDb(settings),
            settings.Required(TableVariable, "the name of the TaTourney table"),
            settings.Integer(MatchesVariable, 5, 1, 1000),
            settings.Optional(PlayersVariable)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? DefaultPlayers,
            settings.Optional(SeedVariable) is { } seed ? new Random(settings.Integer(SeedVariable, 0, int.MinValue, int.MaxValue)) : new Random(),
            TimeProvider.System)
    {
    }

    public TourneyWriter(IAmazonDynamoDB dynamoDb, string tableName, int matchesPerRun, IReadOnlyList<string> players, Random random, TimeProvider clock)
    {
        if (players.Count < 2)
        {
            throw new ArgumentException($"TourneyWriter needs at least two players; got {players.Count} ({PlayersVariable}).");
        }
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
        this.matchesPerRun = matchesPerRun;
        this.players = players;
        this.random = random;
        this.clock = clock;
    }

    public async Task<TourneyWriterResult> FunctionHandler(ScheduledEvent input, ILambdaContext context)
    {
        var result = new TourneyWriterResult();
        var stamp = (input.Time ?? clock.GetUtcNow()).ToUniversalTime().ToString("yyyyMMddTHHmmss", CultureInfo.InvariantCulture);
        for (var match = 0; match < matchesPerRun; match++)
        {
            var matchId = $"match-{stamp}-{random.Next(0, int.MaxValue):x8}";
            var lineup = players.OrderBy(_ => random.Next()).Take(2).ToList();
            var scores = lineup.Select(_ => random.Next(0, 101)).ToList();
            // Ties go to a coin flip, so every match has exactly one winner.
            var winner = scores[0] != scores[1] ? (scores[0] > scores[1] ? 0 : 1) : random.Next(0, 2);
            var writes = lineup.Select((player, i) =>
            {
                var item = new Dictionary<string, AttributeValue>
                {
                    ["match_id"] = AttributeValues.Text(matchId),
                    ["player"] = AttributeValues.Text(player),
                    ["score"] = AttributeValues.Number(scores[i]),
                };
                if (i == winner)
                {
                    item["winner"] = new AttributeValue { BOOL = true };
                }
                return new WriteRequest { PutRequest = new PutRequest { Item = item } };
            }).ToList();
            await WriteMatchAsync(matchId, writes);
            context.Logger.LogInformation($"Match {matchId}: {lineup[0]} {scores[0]} - {scores[1]} {lineup[1]}, winner {lineup[winner]}");
            result.Matches++;
            result.Items += writes.Count;
            result.MatchIds.Add(matchId);
        }
        return result;
    }

    private async Task WriteMatchAsync(string matchId, List<WriteRequest> writes)
    {
        var pending = new Dictionary<string, List<WriteRequest>> { [tableName] = writes };
        for (var attempt = 1; pending.Count > 0; attempt++)
        {
            var response = await dynamoDb.BatchWriteItemAsync(new BatchWriteItemRequest { RequestItems = pending });
            pending = response.UnprocessedItems ?? new Dictionary<string, List<WriteRequest>>();
            if (pending.Count > 0 && attempt == 5)
            {
                throw new InvalidOperationException($"{tableName}: match {matchId} still had unprocessed writes after {attempt} attempts (throttled).");
            }
            if (pending.Count > 0)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100 << attempt));
            }
        }
    }
}
