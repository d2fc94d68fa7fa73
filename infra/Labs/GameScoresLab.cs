using Lab.Infra.Building;
using Lab.Infra.Configuration;
using Pulumi;
using Aws = Pulumi.Aws;

namespace Lab.Infra.Labs;

/// <summary>
/// LABS.md §2 (seed 001, part 2): scores written to GameScoreRecords stream to AggregateScoresByUser,
/// which adds them up per user in GameScoresByUser.
/// </summary>
public sealed class GameScoresLab : LabComponent
{
    public GameScoresLab(StudentContext student, ComponentResourceOptions? options = null)
        : base("dynamodb-labs:labs:GameScores", LabNames.GameScores, options)
    {
        var tables = new LabTables(student, this);

        var records = tables.OnDemand("GameScoreRecords", TableKey.N("RecordID"), streamViewType: "NEW_IMAGE");
        var byUser = tables.OnDemand("GameScoresByUser", TableKey.S("Username"), expiringAttribute: LabTables.LedgerExpiryAttribute);

        var failures = StreamTrigger.FailureQueue("AggregateScoresByUser", student, this);
        var statements = new List<PolicyStatement>
        {
            // Per-user sums and the per-record markers that make redelivery harmless go in one transaction.
            new("AddScoresPerUserOnce", ["dynamodb:UpdateItem", "dynamodb:PutItem"], [byUser.Arn]),
        };
        statements.AddRange(StreamTrigger.ReadStatements("ReadScoreRecordsStream", StreamTrigger.DynamoDbStreamReadActions, records.StreamArn, failures));

        Aggregate = new LabFunction(new LambdaFunctionSpec
        {
            Name = "AggregateScoresByUser",
            Handler = FunctionHandlers.For("GameScores", "AggregateScoresByUser"),
            TimeoutSeconds = 30,
            Environment = new Dictionary<string, Input<string>> { ["GAME_SCORES_BY_USER_TABLE"] = byUser.Name },
            Statements = statements,
        }, student, this);

        StreamTrigger.Connect("GameScoreRecords-to-AggregateScoresByUser", records.StreamArn, Aggregate,
            new StreamTriggerSpec { StartingPosition = student.Config.StreamStartingPosition, BatchSize = 100 },
            failures, student, this);

        Inventory = new LabOutputs(Lab);
        Inventory.Table("GameScoreRecords", records);
        Inventory.Table("GameScoresByUser", byUser);
        Inventory.Function(Aggregate, consumesStream: true);
        Outputs = Inventory.Build();
        RegisterOutputs();
    }

    public LabFunction Aggregate { get; }
    public override LabOutputs Inventory { get; }
    public override Output<System.Collections.Immutable.ImmutableDictionary<string, object>> Outputs { get; }
}
