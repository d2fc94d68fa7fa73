using Lab.Infra.Building;
using Lab.Infra.Configuration;
using Pulumi;
using Aws = Pulumi.Aws;

namespace Lab.Infra.Labs;

/// <summary>
/// LABS.md §5 (seed 000): the stateful aggregation pipeline GeneratorLambda → IncomingDataStream →
/// StateLambda → StateTable → MapLambda → ReduceTable → ReduceLambda → AggregateTable, exactly-once
/// in the `solution` stage. Each function may touch only its own tables, streams and log group.
/// </summary>
public sealed class EventDrivenLab : LabComponent
{
    public EventDrivenLab(StudentContext student, ComponentResourceOptions? options = null)
        : base("dynamodb-labs:labs:EventDriven", LabNames.EventDriven, options)
    {
        var stage = student.Config.EventDrivenStage;
        var tables = new LabTables(student, this);

        // Provisioned shards: on-demand streams are limited to 50 per account, too few for a class.
        var incoming = Adopt(new Aws.Kinesis.Stream("IncomingDataStream", new Aws.Kinesis.StreamArgs
        {
            Name = student.Naming.Name("IncomingDataStream", Naming.NameLimits.KinesisStream, "Kinesis stream"),
            ShardCount = student.Config.EventDrivenShardCount,
            RetentionPeriod = 24,
            EncryptionType = "KMS",
            KmsKeyId = "alias/aws/kinesis",
            StreamModeDetails = new Aws.Kinesis.Inputs.StreamStreamModeDetailsArgs { StreamMode = "PROVISIONED" },
            Tags = student.Tags(Lab),
        }, ChildOptions()));

        var state = tables.OnDemand("StateTable", TableKey.S("id"), streamViewType: "NEW_AND_OLD_IMAGES");
        var reduce = tables.OnDemand("ReduceTable", TableKey.S("MessageId"), streamViewType: "NEW_IMAGE");
        var aggregate = tables.OnDemand("AggregateTable", TableKey.S("Identifier"));
        var parameters = tables.OnDemand("ParameterTable", TableKey.S("parameter"));
        var readParameters = new PolicyStatement("ReadFailureInjectionParameters", ["dynamodb:GetItem"], [parameters.Arn]);

        var generator = new LabFunction(new LambdaFunctionSpec
        {
            Name = "GeneratorLambda",
            Handler = FunctionHandlers.For("EventDriven", "GeneratorLambda"),
            TimeoutSeconds = 55,
            Environment = new Dictionary<string, Input<string>> { ["STREAM_NAME"] = incoming.Name, ["AGGREGATE_TABLE"] = aggregate.Name },
            Statements =
            [
                new("PutTradesOnIncomingStream", ["kinesis:PutRecords"], [incoming.Arn]),
                new("ScoreAggregates", ["dynamodb:Scan"], [aggregate.Arn]),
            ],
        }, student, this);
        Schedule.Invoke(generator, student.Config.GeneratorSchedule, student, this);

        // StateLambda's conditional writes are idempotent per record, so a bisected retry is safe and
        // a poison record can go to the failure queue after bounded retries. It fails whole batches,
        // as the workshop's does, so it reports no partial batch response.
        var stateFailures = StreamTrigger.FailureQueue("StateLambda", student, this);
        var stateFunction = new LabFunction(new LambdaFunctionSpec
        {
            Name = "StateLambda",
            Handler = FunctionHandlers.For("EventDriven", "StateLambda"),
            TimeoutSeconds = 180,
            Environment = StageEnvironment(stage, ("STATE_TABLE", state.Name), ("PARAMETER_TABLE", parameters.Name)),
            Statements =
            [
                new("WriteTradeState", ["dynamodb:UpdateItem"], [state.Arn]),
                readParameters,
                .. StreamTrigger.ReadStatements("ReadIncomingDataStream", StreamTrigger.KinesisStreamReadActions, incoming.Arn, stateFailures),
            ],
        }, student, this);
        StreamTrigger.Connect("IncomingDataStream-to-StateLambda", incoming.Arn, stateFunction,
            new StreamTriggerSpec { StartingPosition = "LATEST", BatchSize = 100, MaximumRetryAttempts = 10, ReportBatchItemFailures = false },
            stateFailures, student, this);

        // MapLambda and ReduceLambda make a batch idempotent by hashing it (MessageId, ClientRequestToken):
        // a retry must see the same batch, so no bisecting, no partial responses, and retries are
        // unbounded as the workshop demands.
        var exactBatches = new StreamTriggerSpec
        {
            StartingPosition = "LATEST", MaximumRetryAttempts = -1, BisectBatchOnFunctionError = false,
            ReportBatchItemFailures = false,
        };
        var map = new LabFunction(new LambdaFunctionSpec
        {
            Name = "MapLambda",
            Handler = FunctionHandlers.For("EventDriven", "MapLambda"),
            TimeoutSeconds = 60,
            Environment = StageEnvironment(stage, ("REDUCE_TABLE", reduce.Name), ("PARAMETER_TABLE", parameters.Name)),
            Statements =
            [
                new("WriteBatchDeltas", ["dynamodb:PutItem"], [reduce.Arn]),
                readParameters,
                .. StreamTrigger.ReadStatements("ReadStateTableStream", StreamTrigger.DynamoDbStreamReadActions, state.StreamArn, null),
            ],
        }, student, this);
        StreamTrigger.Connect("StateTable-to-MapLambda", state.StreamArn, map,
            exactBatches with { BatchSize = 10000, MaximumBatchingWindowInSeconds = 3 }, null, student, this);

        var reduceFunction = new LabFunction(new LambdaFunctionSpec
        {
            Name = "ReduceLambda",
            Handler = FunctionHandlers.For("EventDriven", "ReduceLambda"),
            TimeoutSeconds = 30,
            ReservedConcurrency = 1,
            Environment = StageEnvironment(stage, ("AGGREGATE_TABLE", aggregate.Name), ("PARAMETER_TABLE", parameters.Name)),
            Statements =
            [
                new("AddToAggregates", ["dynamodb:UpdateItem"], [aggregate.Arn]),
                readParameters,
                .. StreamTrigger.ReadStatements("ReadReduceTableStream", StreamTrigger.DynamoDbStreamReadActions, reduce.StreamArn, null),
            ],
        }, student, this);
        StreamTrigger.Connect("ReduceTable-to-ReduceLambda", reduce.StreamArn, reduceFunction,
            exactBatches with { BatchSize = 1000 }, null, student, this);

        Inventory = new LabOutputs(Lab);
        Inventory.Stream("IncomingDataStream", incoming);
        Inventory.Table("StateTable", state);
        Inventory.Table("ReduceTable", reduce);
        Inventory.Table("AggregateTable", aggregate);
        Inventory.Table("ParameterTable", parameters);
        Inventory.Function(generator);
        Inventory.Function(stateFunction, consumesStream: true);
        Inventory.Function(map, consumesStream: true);
        Inventory.Function(reduceFunction, consumesStream: true);
        Inventory.Extra("stage", Output.Create<object>(stage));
        Outputs = Inventory.Build();
        RegisterOutputs();
    }

    public override LabOutputs Inventory { get; }
    public override Output<System.Collections.Immutable.ImmutableDictionary<string, object>> Outputs { get; }

    private static Dictionary<string, Input<string>> StageEnvironment(string stage, params (string Key, Output<string> Value)[] tables)
    {
        var environment = tables.ToDictionary(t => t.Key, t => (Input<string>)t.Value);
        environment["STAGE"] = stage;
        return environment;
    }
}
