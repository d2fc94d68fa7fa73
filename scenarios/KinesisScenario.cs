using Lab.Streams;
using System.Text;

namespace Lab.Scenarios;

/// <summary>LABS.md §1: text and binary records put on Lab-Stream each appear in ProcessKinesisRecords' log.</summary>
public sealed class KinesisScenario : ILabScenario
{
    private static readonly byte[] Binary = [0xff, 0xfe, 0x00, 0x80, 0x41];

    public string Lab => "kinesis";

    public async Task<IReadOnlyList<CheckResult>> RunAsync(ILabTarget target)
    {
        var stream = target.Outputs.StreamName(Lab, "Lab-Stream");
        var text = $"Hello from lab local, {Guid.NewGuid():N}";
        target.Progress("kinesis: a text and a binary record on Lab-Stream");
        var put = await target.Kinesis.PutRecordsAsync(stream,
        [
            new KinesisPutRecord(Encoding.UTF8.GetBytes(text), "text-key"),
            new KinesisPutRecord(Binary, "binary-key"),
        ]);
        await target.SettleAsync(TimeSpan.FromSeconds(60));
        var base64 = Convert.ToBase64String(Binary);
        bool TextLogged(IReadOnlyList<string> logs) =>
            logs.Any(line => line.Contains(text, StringComparison.Ordinal) && line.Contains("text-key", StringComparison.Ordinal));
        bool BinaryLogged(IReadOnlyList<string> logs) =>
            logs.Any(line => line.Contains(base64, StringComparison.Ordinal) && line.Contains("not UTF-8", StringComparison.Ordinal));
        var logs = await target.ReadSettledAsync(() => target.LogsAsync(Lab, "ProcessKinesisRecords"),
            logs => TextLogged(logs) && BinaryLogged(logs), TimeSpan.FromSeconds(60));
        return
        [
            CheckResult.Compare(Lab, "records accepted by Lab-Stream", 0, put.FailedRecordCount),
            CheckResult.Compare(Lab, "text record logged as UTF-8 with its partition key", true, TextLogged(logs)),
            CheckResult.Compare(Lab, "binary record logged as base64 with a note", true, BinaryLogged(logs)),
        ];
    }
}
