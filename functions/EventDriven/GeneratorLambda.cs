using Amazon.DynamoDBv2;
using Amazon.Lambda.Core;
using Lab.Functions.Shared;
using Lab.Functions.Shared.Events;

namespace Lab.Functions.EventDriven;

public sealed class GeneratorResult
{
    public int MessagesSent { get; set; }
    public int Batches { get; set; }
    public Dictionary<string, decimal> Expected { get; set; } = new();
    /// <summary>Null when the check was not asked for (GENERATOR_CHECK_SECONDS = 0).</summary>
    public List<AggregateComparison>? Check { get; set; }
    public bool? CheckPassed { get; set; }
}

/// <summary>
/// On its schedule, sends GENERATOR_BATCHES batches of GENERATOR_BATCH_SIZE trade messages (workshop: 250 × 40)
/// to IncomingDataStream and records what the aggregates must become. With GENERATOR_CHECK_SECONDS &gt; 0 it then
/// polls AggregateTable (gain since the run started) until all 18 keys match within 1e-5 or the time is up —
/// the workshop's scoring. Randomness (GENERATOR_SEED) and the clock are injectable.
/// </summary>
public sealed class GeneratorLambda
{
    public const string StreamVariable = "STREAM_NAME";
    public const string AggregateTableVariable = "AGGREGATE_TABLE";
    public const string BatchesVariable = "GENERATOR_BATCHES";
    public const string BatchSizeVariable = "GENERATOR_BATCH_SIZE";
    public const string SpecialTradesVariable = "GENERATOR_SPECIAL_TRADES";
    public const string SeedVariable = "GENERATOR_SEED";
    public const string CheckSecondsVariable = "GENERATOR_CHECK_SECONDS";

    private readonly IAmazonDynamoDB dynamoDb;
    private readonly ITradeSink sink;
    private readonly string aggregateTable;
    private readonly GeneratorOptions options;
    private readonly Random random;
    private readonly TimeProvider clock;

    public sealed record GeneratorOptions(int Batches, int BatchSize, bool SpecialTrades, int CheckSeconds);

    public GeneratorLambda() : this(FunctionSettings.FromProcessEnvironment(nameof(GeneratorLambda)))
    {
    }

    public GeneratorLambda(FunctionSettings settings)
        : this(
            AwsClients.DynamoDb(settings),
            KinesisTradeSink.Create(settings, settings.Required(StreamVariable, "the name of the IncomingDataStream Kinesis stream")),
            settings.Required(AggregateTableVariable, "the name of the AggregateTable"),
            new GeneratorOptions(
                settings.Integer(BatchesVariable, 250, 1, 100_000),
                settings.Integer(BatchSizeVariable, 40, 6, 500),
                settings.Flag(SpecialTradesVariable, true),
                settings.Integer(CheckSecondsVariable, 0, 0, 900)),
            settings.Optional(SeedVariable) is null ? new Random() : new Random(settings.Integer(SeedVariable, 0, int.MinValue, int.MaxValue)),
            TimeProvider.System)
    {
    }

    public GeneratorLambda(IAmazonDynamoDB dynamoDb, ITradeSink sink, string aggregateTable, GeneratorOptions options, Random random, TimeProvider clock)
    {
        this.dynamoDb = dynamoDb;
        this.sink = sink;
        this.aggregateTable = aggregateTable;
        this.options = options;
        this.random = random;
        this.clock = clock;
    }

    public async Task<GeneratorResult> FunctionHandler(ScheduledEvent input, ILambdaContext context)
    {
        var generator = new TradeGenerator(random, clock, options.SpecialTrades);
        var baseline = options.CheckSeconds > 0 ? await AggregateCheck.ReadAsync(dynamoDb, aggregateTable) : null;
        for (var batch = 0; batch < options.Batches; batch++)
        {
            await sink.SendAsync(generator.NextBatch(options.BatchSize), CancellationToken.None);
        }
        var result = new GeneratorResult
        {
            MessagesSent = generator.MessagesGenerated,
            Batches = options.Batches,
            Expected = new Dictionary<string, decimal>(generator.Expected()),
        };
        context.Logger.LogInformation($"Sent {result.MessagesSent} message(s) in {result.Batches} batch(es).");
        if (baseline is not null)
        {
            await CheckAsync(result, baseline, context);
        }
        return result;
    }

    private async Task CheckAsync(GeneratorResult result, Dictionary<string, decimal> baseline, ILambdaContext context)
    {
        var deadline = clock.GetUtcNow() + TimeSpan.FromSeconds(Math.Min(options.CheckSeconds, Math.Max(1, context.RemainingTime.TotalSeconds - 2)));
        while (true)
        {
            result.Check = AggregateCheck.Compare(result.Expected, baseline, await AggregateCheck.ReadAsync(dynamoDb, aggregateTable));
            result.CheckPassed = result.Check.All(c => c.Match);
            if (result.CheckPassed == true || clock.GetUtcNow() >= deadline)
            {
                break;
            }
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
        foreach (var row in result.Check)
        {
            context.Logger.LogInformation($"{row.Key}: expected {row.Expected} actual {row.Actual} {(row.Match ? "OK" : "MISMATCH")}");
        }
    }
}
