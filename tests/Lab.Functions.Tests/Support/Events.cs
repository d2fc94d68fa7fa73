using Lab.Functions.Shared;
using Lab.Functions.Shared.Events;
using Lab.Streams;
using StreamRecord = Lab.Streams.DynamoDbStreamRecord;

namespace Lab.Functions.Tests.Support;

/// <summary>Stream records → the Lambda event JSON AWS sends → the handlers' event model, through the handlers' own serializer.</summary>
public static class Events
{
    public static readonly LabLambdaSerializer Serializer = new();

    public static DynamoDbStreamEvent FromDynamoStream(IEnumerable<StreamRecord> records, string streamArn) =>
        Serializer.DeserializeText<DynamoDbStreamEvent>(LambdaEventJson.ForDynamoDbStream(records, streamArn));

    public static KinesisEvent FromKinesis(IEnumerable<KinesisRecord> records, string shardId, string streamArn) =>
        Serializer.DeserializeText<KinesisEvent>(LambdaEventJson.ForKinesis(records, shardId, streamArn, "us-east-1",
            "arn:aws:iam::000000000000:role/lab-test"));
}
