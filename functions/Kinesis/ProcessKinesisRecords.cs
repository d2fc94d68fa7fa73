using System.Text;
using Amazon.Lambda.Core;
using Lab.Functions.Shared;
using Lab.Functions.Shared.Events;

namespace Lab.Functions.Kinesis;

/// <summary>
/// The seed's "kinesis-process-record" blueprint: logs each record's data as UTF-8 text with its partition key
/// and sequence number. Data that is not valid UTF-8 is logged as base64 with a note; data that is not even
/// valid base64 is logged as such. Nothing here can fail a record, so the response never lists failures.
/// </summary>
public sealed class ProcessKinesisRecords
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public Task<StreamsEventResponse> FunctionHandler(KinesisEvent input, ILambdaContext context)
    {
        foreach (var record in input.Records)
        {
            var data = record.Kinesis?.Data ?? "";
            var where = $"partitionKey={record.Kinesis?.PartitionKey} sequenceNumber={record.Kinesis?.SequenceNumber}";
            byte[] bytes;
            try
            {
                bytes = Convert.FromBase64String(data);
            }
            catch (FormatException)
            {
                context.Logger.LogWarning($"Record {where}: data is not valid base64 (as received: \"{data}\")");
                continue;
            }
            try
            {
                context.Logger.LogInformation($"Record {where}: {StrictUtf8.GetString(bytes)}");
            }
            catch (DecoderFallbackException)
            {
                context.Logger.LogInformation($"Record {where}: [binary, not UTF-8; {bytes.Length} byte(s) shown as base64] {data}");
            }
        }
        context.Logger.LogInformation($"Successfully processed {input.Records.Count} record(s).");
        return Task.FromResult(new StreamsEventResponse());
    }
}
