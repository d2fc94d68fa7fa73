using System.Text;
using Lab.Functions.Kinesis;
using Lab.Functions.Tests.Support;
using Lab.Streams;
using Lab.Testing;

namespace Lab.Functions.Tests.Kinesis;

[Collection("kinesalite")]
public sealed class ProcessKinesisRecordsTests(KinesaliteFixture fixture)
{
    [Fact]
    public async Task Logs_text_as_utf8_and_binary_as_base64_with_partition_key_and_sequence_number()
    {
        var kinesis = StreamsClients.For(fixture);
        var stream = fixture.UniqueName("Lab-Stream");
        await kinesis.CreateStreamAsync(stream, 1);
        var summary = await kinesis.WaitUntilActiveAsync(stream, TimeSpan.FromSeconds(30));
        var binary = new byte[] { 0xff, 0xfe, 0x00, 0x80 };
        await kinesis.PutRecordsAsync(stream, new[]
        {
            new KinesisPutRecord(Encoding.UTF8.GetBytes("Hello, Kinesis — ünïcode"), "text-key"),
            new KinesisPutRecord(binary, "binary-key"),
        });
        var shard = (await kinesis.ListShardsAsync(stream)).Single();
        var iterator = await kinesis.GetShardIteratorAsync(stream, shard.ShardId, ShardIteratorType.TRIM_HORIZON);
        var records = (await kinesis.GetRecordsAsync(iterator)).Records;
        var input = Events.FromKinesis(records, shard.ShardId, summary.StreamArn);
        var (context, logger) = TestContext.For("ProcessKinesisRecords");

        var response = await new ProcessKinesisRecords().FunctionHandler(input, context);

        Assert.Empty(response.BatchItemFailures);
        var text = Assert.Single(logger.Lines, l => l.Contains("partitionKey=text-key"));
        Assert.Contains($"sequenceNumber={records[0].SequenceNumber}", text);
        Assert.EndsWith("Hello, Kinesis — ünïcode", text);
        var raw = Assert.Single(logger.Lines, l => l.Contains("partitionKey=binary-key"));
        Assert.Contains($"sequenceNumber={records[1].SequenceNumber}", raw);
        Assert.Contains("not UTF-8", raw);
        Assert.EndsWith(Convert.ToBase64String(binary), raw);
    }
}
