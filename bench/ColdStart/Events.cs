using System.Text;

namespace Lab.Bench.ColdStart;

/// <summary>The handlers the benchmark starts, each with an event of the shape AWS sends it (unique record ids per run).</summary>
internal static class Events
{
    public sealed record BenchFunction(string Name, string Handler, Func<string, string> Event);

    public static readonly BenchFunction[] Functions =
    [
        new("ProcessKinesisRecords", "Lab.Functions::Lab.Functions.Kinesis.ProcessKinesisRecords::FunctionHandler", Kinesis),
        new("AggregateScoresByUser", "Lab.Functions::Lab.Functions.GameScores.AggregateScoresByUser::FunctionHandler", GameScores),
        new("ReduceLambda", "Lab.Functions::Lab.Functions.EventDriven.ReduceLambda::FunctionHandler", Reduce),
    ];

    private static string Kinesis(string run) => Records(100, i =>
        $$$"""{"eventSource":"aws:kinesis","eventID":"shardId-000000000000:{{{run}}}{{{i}}}","eventName":"aws:kinesis:record","awsRegion":"us-east-1","eventSourceARN":"arn:aws:kinesis:us-east-1:000000000000:stream/Lab-Stream","kinesis":{"kinesisSchemaVersion":"1.0","partitionKey":"p{{{i}}}","sequenceNumber":"{{{run.GetHashCode() & 0xffff}}}{{{i:D6}}}","data":"{{{Convert.ToBase64String(Encoding.UTF8.GetBytes($"record {i} of run {run}"))}}}","approximateArrivalTimestamp":1764000000.0}}""");

    private static string GameScores(string run) => Records(100, i =>
        $$$"""{"eventID":"{{{run}}}-{{{i}}}","eventName":"INSERT","eventSource":"aws:dynamodb","awsRegion":"us-east-1","dynamodb":{"Keys":{"RecordID":{"N":"{{{i}}}"}},"NewImage":{"RecordID":{"N":"{{{i}}}"},"Username":{"S":"player{{{i % 10}}}"},"Score":{"N":"{{{i}}}"}},"SequenceNumber":"{{{i:D21}}}","SizeBytes":40,"StreamViewType":"NEW_IMAGE"},"eventSourceARN":"arn:aws:dynamodb:us-east-1:000000000000:table/GameScoreRecords/stream/x"}""");

    private static string Reduce(string run) => Records(10, i =>
        $$$"""{"eventID":"{{{run}}}-{{{i}}}","eventName":"INSERT","eventSource":"aws:dynamodb","awsRegion":"us-east-1","dynamodb":{"Keys":{"MessageId":{"S":"{{{run}}}{{{i}}}"}},"NewImage":{"MessageId":{"S":"{{{run}}}{{{i}}}"},"Message":{"S":"{\"PV\":1.5,\"PV:FXSpot\":1.5,\"PV:FXSpot:EMEA\":1.5,\"count:messages\":1}"}},"SequenceNumber":"{{{i:D21}}}","SizeBytes":80,"StreamViewType":"NEW_IMAGE"},"eventSourceARN":"arn:aws:dynamodb:us-east-1:000000000000:table/ReduceTable/stream/x"}""");

    private static string Records(int count, Func<int, string> record) =>
        "{\"Records\":[" + string.Join(",", Enumerable.Range(0, count).Select(record)) + "]}";
}
