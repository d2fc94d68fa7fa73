using System.Text;
using System.Text.Json;
using Lab.Functions.Shared;
using Lab.Streams;

namespace Lab.Functions.EventDriven;

/// <summary>
/// Sends trade messages to IncomingDataStream with PutRecords, partition key = TradeID so every version of a trade
/// lands on one shard in send order. Records Kinesis rejects (throttling) are resent, up to 5 attempts.
/// </summary>
public sealed class KinesisTradeSink : ITradeSink
{
    private const int MaxAttempts = 5;
    private readonly IKinesisClient kinesis;
    private readonly string stream;

    public KinesisTradeSink(IKinesisClient kinesis, string stream)
    {
        this.kinesis = kinesis;
        this.stream = stream;
    }

    public static KinesisTradeSink Create(FunctionSettings settings, string stream)
    {
        var endpoint = AwsClients.Endpoint(settings, "KINESIS");
        var keys = AwsClients.Credentials(settings, endpoint)?.GetCredentials();
        var client = new KinesisClient(new AwsClientOptions
        {
            ServiceUrl = endpoint,
            Region = AwsClients.Region(settings),
            Credentials = keys is null ? null : new AwsCredentials(keys.AccessKey, keys.SecretKey, string.IsNullOrEmpty(keys.Token) ? null : keys.Token),
        });
        return new KinesisTradeSink(client, stream);
    }

    public async Task SendAsync(IReadOnlyList<TradeMessage> batch, CancellationToken cancellationToken)
    {
        var pending = batch.Select(m => new KinesisPutRecord(
            Encoding.UTF8.GetBytes(JsonSerializer.Serialize(m, LabJsonContext.Default.TradeMessage)), m.TradeId!)).ToList();
        for (var attempt = 1; pending.Count > 0; attempt++)
        {
            var result = await kinesis.PutRecordsAsync(stream, pending, cancellationToken);
            if (result.FailedRecordCount == 0)
            {
                return;
            }
            if (attempt == MaxAttempts)
            {
                var first = result.Records.First(r => r.ErrorCode is not null);
                throw new InvalidOperationException(
                    $"Kinesis stream {stream} rejected {result.FailedRecordCount} of {pending.Count} record(s) after {attempt} attempts: {first.ErrorCode} {first.ErrorMessage}");
            }
            pending = pending.Where((_, i) => result.Records[i].ErrorCode is not null).ToList();
            await Task.Delay(TimeSpan.FromMilliseconds(100 << attempt), cancellationToken);
        }
    }
}
