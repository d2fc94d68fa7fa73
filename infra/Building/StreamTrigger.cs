using Pulumi;
using Aws = Pulumi.Aws;

namespace Lab.Infra.Building;

/// <summary>
/// The event source mapping from a DynamoDB or Kinesis stream to a function. Read permissions are
/// added to the function's own policy, and the mapping waits for that policy.
/// </summary>
public static class StreamTrigger
{
    public static readonly string[] DynamoDbStreamReadActions =
        ["dynamodb:DescribeStream", "dynamodb:GetRecords", "dynamodb:GetShardIterator", "dynamodb:ListStreams"];

    public static readonly string[] KinesisStreamReadActions =
        ["kinesis:DescribeStream", "kinesis:DescribeStreamSummary", "kinesis:GetRecords", "kinesis:GetShardIterator", "kinesis:ListShards", "kinesis:ListStreams"];

    /// <summary>The statements a consumer of <paramref name="streamArn"/> needs, plus its failure queue if any.</summary>
    public static IReadOnlyList<PolicyStatement> ReadStatements(string sid, string[] actions, Output<string> streamArn, Aws.Sqs.Queue? failureQueue)
    {
        var statements = new List<PolicyStatement> { new(sid, actions, [streamArn]) };
        if (failureQueue is not null)
            statements.Add(new PolicyStatement("SendFailedBatchesToOwnQueue", ["sqs:SendMessage"], [failureQueue.Arn]));
        return statements;
    }

    public static Aws.Sqs.Queue FailureQueue(string functionName, StudentContext student, LabComponent parent) =>
        parent.Declare(options => new Aws.Sqs.Queue($"{functionName}-failures", new Aws.Sqs.QueueArgs
        {
            Name = student.Naming.Name($"{functionName}-failures", Naming.NameLimits.SqsQueue, "SQS queue"),
            MessageRetentionSeconds = 4 * 24 * 3600,
            SqsManagedSseEnabled = true,
            Tags = student.Tags(parent.Lab),
        }, options));

    public static Aws.Lambda.EventSourceMapping Connect(
        string name, Output<string> streamArn, LabFunction consumer, StreamTriggerSpec spec, Aws.Sqs.Queue? failureQueue,
        StudentContext student, LabComponent parent)
    {
        var args = new Aws.Lambda.EventSourceMappingArgs
        {
            EventSourceArn = streamArn,
            FunctionName = consumer.Function.Arn,
            StartingPosition = spec.StartingPosition,
            BatchSize = spec.BatchSize,
            MaximumBatchingWindowInSeconds = spec.MaximumBatchingWindowInSeconds,
            MaximumRetryAttempts = spec.MaximumRetryAttempts,
            BisectBatchOnFunctionError = spec.BisectBatchOnFunctionError,
            ParallelizationFactor = spec.ParallelizationFactor,
            Tags = student.Tags(parent.Lab),
        };
        if (spec.ReportBatchItemFailures) args.FunctionResponseTypes.Add("ReportBatchItemFailures");
        if (failureQueue is not null)
        {
            args.DestinationConfig = new Aws.Lambda.Inputs.EventSourceMappingDestinationConfigArgs
            {
                OnFailure = new Aws.Lambda.Inputs.EventSourceMappingDestinationConfigOnFailureArgs { DestinationArn = failureQueue.Arn },
            };
        }
        return parent.Declare(options => new Aws.Lambda.EventSourceMapping(name, args, options), consumer.Policy);
    }
}
