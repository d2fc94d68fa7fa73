using Lab.Infra.Building;
using Lab.Infra.Configuration;
using Pulumi;
using Aws = Pulumi.Aws;

namespace Lab.Infra.Labs;

/// <summary>LABS.md §1 (seed 001, part 1): Lab-Stream (1 provisioned shard) triggers ProcessKinesisRecords.</summary>
public sealed class KinesisLab : LabComponent
{
    public KinesisLab(StudentContext student, ComponentResourceOptions? options = null)
        : base("dynamodb-labs:labs:Kinesis", LabNames.Kinesis, options)
    {
        var stream = Declare(options => new Aws.Kinesis.Stream("Lab-Stream", new Aws.Kinesis.StreamArgs
        {
            Name = student.Naming.Name("Lab-Stream", Naming.NameLimits.KinesisStream, "Kinesis stream"),
            ShardCount = 1,
            RetentionPeriod = 24,
            StreamModeDetails = new Aws.Kinesis.Inputs.StreamStreamModeDetailsArgs { StreamMode = "PROVISIONED" },
            Tags = student.Tags(Lab),
        }, options));

        var failures = StreamTrigger.FailureQueue("ProcessKinesisRecords", student, this);
        var process = new LabFunction(new LambdaFunctionSpec
        {
            Name = "ProcessKinesisRecords",
            Handler = FunctionHandlers.For("Kinesis", "ProcessKinesisRecords"),
            TimeoutSeconds = 30,
            Statements = StreamTrigger.ReadStatements("ReadLabStream", StreamTrigger.KinesisStreamReadActions, stream.Arn, failures),
        }, student, this);

        StreamTrigger.Connect("Lab-Stream-to-ProcessKinesisRecords", stream.Arn, process,
            new StreamTriggerSpec { StartingPosition = student.Config.StreamStartingPosition, BatchSize = 100 },
            failures, student, this);

        Inventory = new LabOutputs(Lab);
        Inventory.Stream("Lab-Stream", stream);
        Inventory.Function(process, consumesStream: true);
        Outputs = Inventory.Build();
        RegisterOutputs();
    }

    public override LabOutputs Inventory { get; }
    public override Output<System.Collections.Immutable.ImmutableDictionary<string, object>> Outputs { get; }
}
