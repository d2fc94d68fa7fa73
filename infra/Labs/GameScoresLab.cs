using Lab.Infra.Building;
using Lab.Infra.Configuration;
using Pulumi;
using Aws = Pulumi.Aws;

namespace Lab.Infra.Labs;

/// <summary>
/// LABS.md §2 (seed 001, part 2): scores written to GameScoreRecords stream to AggregateScoresByUser,
/// which adds them up per user in GameScoresByUser.
/// </summary>
public sealed class GameScoresLab : ComponentResource
{
    public GameScoresLab(StudentContext student, ComponentResourceOptions? options = null)
        : base("dynamodb-labs:labs:GameScores", LabNames.GameScores, options)
    {
        const string lab = LabNames.GameScores;
        var tables = new LabTables(lab, student, this);

        var records = tables.OnDemand("GameScoreRecords", TableKey.N("RecordID"), streamViewType: "NEW_IMAGE");
        var byUser = tables.OnDemand("GameScoresByUser", TableKey.S("Username"));

        var failures = StreamTrigger.FailureQueue("AggregateScoresByUser", lab, student, this);
        var statements = new List<PolicyStatement>
        {
            new("AddScoresPerUser", ["dynamodb:UpdateItem"], [byUser.Arn]),
        };
        statements.AddRange(StreamTrigger.ReadStatements("ReadScoreRecordsStream", StreamTrigger.DynamoDbStreamReadActions, records.StreamArn, failures));

        Aggregate = new LabFunction(new LambdaFunctionSpec
        {
            Name = "AggregateScoresByUser",
            Handler = FunctionHandlers.For("GameScores", "AggregateScoresByUser"),
            TimeoutSeconds = 30,
            Environment = new Dictionary<string, Input<string>> { ["SCORES_BY_USER_TABLE"] = byUser.Name },
            Statements = statements,
        }, lab, student, this);

        StreamTrigger.Connect("GameScoreRecords-to-AggregateScoresByUser", records.StreamArn, Aggregate,
            new StreamTriggerSpec { StartingPosition = student.Config.StreamStartingPosition, BatchSize = 100 },
            failures, lab, student, this);

        var outputs = new LabOutputs();
        outputs.Table("GameScoreRecords", records);
        outputs.Table("GameScoresByUser", byUser);
        outputs.Function(Aggregate);
        Outputs = outputs.Build();
        RegisterOutputs();
    }

    public LabFunction Aggregate { get; }
    public Output<System.Collections.Immutable.ImmutableDictionary<string, object>> Outputs { get; }
}
