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
        var incoming = Declare(options => new Aws.Kinesis.Stream("IncomingDataStream", new Aws.Kinesis.StreamArgs
        {
            Name = student.Naming.Name("IncomingDataStream", Naming.NameLimits.KinesisStream, "Kinesis stream"),
            ShardCount = student.Config.EventDrivenShardCount,
            RetentionPeriod = 24,
            EncryptionType = "KMS",
            KmsKeyId = "alias/aws/kinesis",
            StreamModeDetails = new Aws.Kinesis.Inputs.StreamStreamModeDetailsArgs { StreamMode = "PROVISIONED" },
            Tags = student.Tags(Lab),
        }, options));

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
            Environment = GeneratorEnvironment(student.Config, incoming.Name, aggregate.Name),
            Statements = GeneratorStatements(student.Config, incoming.Arn, aggregate.Arn),
        }, student, this);

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
        // Every stream of this pipeline is created empty by this stack, so TRIM_HORIZON loses nothing and processes
        // nothing twice, while LATEST would lose what arrives before a new mapping starts polling (which can take
        // minutes). LABS.md asks LATEST for MapLambda: README, "Deviations from LABS.md".
        var incomingToState = StreamTrigger.Connect("IncomingDataStream-to-StateLambda", incoming.Arn, stateFunction,
            new StreamTriggerSpec { StartingPosition = "TRIM_HORIZON", BatchSize = 100, MaximumRetryAttempts = 10, ReportBatchItemFailures = false },
            stateFailures, student, this);

        // MapLambda and ReduceLambda make a batch idempotent by hashing it (MessageId, ClientRequestToken):
        // a retry must see the same batch, so no bisecting, no partial responses, and retries are
        // unbounded as the workshop demands.
        var exactBatches = new StreamTriggerSpec
        {
            StartingPosition = "TRIM_HORIZON", MaximumRetryAttempts = -1, BisectBatchOnFunctionError = false,
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
        var stateToMap = StreamTrigger.Connect("StateTable-to-MapLambda", state.StreamArn, map,
            exactBatches with { BatchSize = 10000, MaximumBatchingWindowInSeconds = 3 }, null, student, this);

        var reduceFunction = new LabFunction(new LambdaFunctionSpec
        {
            Name = "ReduceLambda",
            Handler = FunctionHandlers.For("EventDriven", "ReduceLambda"),
            TimeoutSeconds = 30,
            ReservedConcurrency = student.Config.ReduceLambdaReservedConcurrency,
            Environment = StageEnvironment(stage, ("AGGREGATE_TABLE", aggregate.Name), ("PARAMETER_TABLE", parameters.Name)),
            Statements =
            [
                new("AddToAggregates", ["dynamodb:UpdateItem"], [aggregate.Arn]),
                readParameters,
                .. StreamTrigger.ReadStatements("ReadReduceTableStream", StreamTrigger.DynamoDbStreamReadActions, reduce.StreamArn, null),
            ],
        }, student, this);
        var reduceToAggregate = StreamTrigger.Connect("ReduceTable-to-ReduceLambda", reduce.StreamArn, reduceFunction,
            exactBatches with { BatchSize = 1000 }, null, student, this);
        Schedule.Invoke(generator, student.Config.GeneratorSchedule, student, this, incomingToState, stateToMap, reduceToAggregate);

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

    // The generator scores AggregateTable (a Scan) only when config generatorCheckSeconds asks it to; otherwise its
    // role has no read on the table at all.
    private static Dictionary<string, Input<string>> GeneratorEnvironment(LabConfig config, Output<string> stream, Output<string> aggregate)
    {
        var environment = new Dictionary<string, Input<string>> { ["STREAM_NAME"] = stream, ["AGGREGATE_TABLE"] = aggregate };
        if (config.GeneratorCheckSeconds > 0) environment["GENERATOR_CHECK_SECONDS"] = $"{config.GeneratorCheckSeconds}";
        return environment;
    }

    private static IReadOnlyList<PolicyStatement> GeneratorStatements(LabConfig config, Output<string> streamArn, Output<string> aggregateArn) =>
        config.GeneratorCheckSeconds > 0
            ? [new("PutTradesOnIncomingStream", ["kinesis:PutRecords"], [streamArn]), new("ScoreAggregates", ["dynamodb:Scan"], [aggregateArn])]
            : [new("PutTradesOnIncomingStream", ["kinesis:PutRecords"], [streamArn])];

    private static Dictionary<string, Input<string>> StageEnvironment(string stage, params (string Key, Output<string> Value)[] tables)
    {
        var environment = tables.ToDictionary(t => t.Key, t => (Input<string>)t.Value);
        environment["STAGE"] = stage;
        return environment;
    }
}
