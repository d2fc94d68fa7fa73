using Lab.Infra.Building;
using Lab.Infra.Configuration;
using Pulumi;

namespace Lab.Infra.Labs;

/// <summary>
/// LABS.md §4 (seed 004): TourneyWriter plays matches into TaTourney on a schedule; its stream feeds
/// TaTourneyStats, which keeps per-player games, wins, scores and percentages in TaTourneyStats.
/// </summary>
public sealed class TourneyLab : LabComponent
{
    public TourneyLab(StudentContext student, ComponentResourceOptions? options = null)
        : base("dynamodb-labs:labs:Tourney", LabNames.Tourney, options)
    {
        var tables = new LabTables(student, this);
        var tourney = tables.OnDemand("TaTourney", TableKey.S("match_id"), TableKey.S("player"), streamViewType: "NEW_IMAGE");
        var stats = tables.OnDemand("TaTourneyStats", TableKey.S("player"), expiringAttribute: LabTables.LedgerExpiryAttribute);

        var failures = StreamTrigger.FailureQueue("TaTourneyStats", student, this);
        var statsStatements = new List<PolicyStatement>
        {
            // Current stats are read, then rewritten together with per-record markers in one transaction.
            new("KeepPlayerStatsOnce", ["dynamodb:BatchGetItem", "dynamodb:UpdateItem", "dynamodb:PutItem"], [stats.Arn]),
        };
        statsStatements.AddRange(StreamTrigger.ReadStatements("ReadTourneyStream", StreamTrigger.DynamoDbStreamReadActions, tourney.StreamArn, failures));
        var statsFunction = new LabFunction(new LambdaFunctionSpec
        {
            Name = "TaTourneyStats",
            Handler = FunctionHandlers.For("Tourney", "TaTourneyStats"),
            TimeoutSeconds = 30,
            Environment = new Dictionary<string, Input<string>> { ["STATS_TABLE"] = stats.Name },
            Statements = statsStatements,
        }, student, this);
        var statsTrigger = StreamTrigger.Connect("TaTourney-to-TaTourneyStats", tourney.StreamArn, statsFunction,
            new StreamTriggerSpec { StartingPosition = "TRIM_HORIZON", BatchSize = 10, MaximumBatchingWindowInSeconds = 0 },
            failures, student, this);

        var writer = new LabFunction(new LambdaFunctionSpec
        {
            Name = "TourneyWriter",
            Handler = FunctionHandlers.For("Tourney", "TourneyWriter"),
            TimeoutSeconds = 30,
            Environment = new Dictionary<string, Input<string>> { ["TOURNEY_TABLE"] = tourney.Name },
            Statements = [new("WriteMatches", ["dynamodb:BatchWriteItem"], [tourney.Arn])],
        }, student, this);
        Schedule.Invoke(writer, student.Config.TourneyWriterSchedule, student, this, statsTrigger);

        Inventory = new LabOutputs(Lab);
        Inventory.Table("TaTourney", tourney);
        Inventory.Table("TaTourneyStats", stats);
        Inventory.Function(statsFunction, consumesStream: true);
        Inventory.Function(writer);
        Outputs = Inventory.Build();
        RegisterOutputs();
    }

    public override LabOutputs Inventory { get; }
    public override Output<System.Collections.Immutable.ImmutableDictionary<string, object>> Outputs { get; }
}
