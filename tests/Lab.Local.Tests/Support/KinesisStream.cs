using System.Text;
using Lab.Streams;
using Lab.Testing;

namespace Lab.Local.Tests.Support;

/// <summary>A kinesalite stream with a unique name, ACTIVE before it is handed out.</summary>
public sealed class KinesisStream
{
    private readonly LocalEngines engines;

    private KinesisStream(LocalEngines engines, string name, string arn)
    {
        this.engines = engines;
        Name = name;
        Arn = arn;
    }

    public string Name { get; }
    public string Arn { get; }

    public static async Task<KinesisStream> CreateAsync(LocalEngines engines, string prefix, int shards)
    {
        var name = UniqueNames.Next(prefix);
        await engines.Kinesis.CreateStreamAsync(name, shards);
        var summary = await engines.Kinesis.WaitUntilActiveAsync(name, TimeSpan.FromSeconds(30));
        return new KinesisStream(engines, name, summary.StreamArn);
    }

    /// <summary>Puts (partition key, data) records one call each, so each record's position in its shard follows this order; returns where each went.</summary>
    public async Task<IReadOnlyList<(string PartitionKey, string Data, string ShardId, string SequenceNumber)>> PutAsync(
        params (string PartitionKey, string Data)[] records)
    {
        var written = new List<(string, string, string, string)>();
        foreach (var (partitionKey, data) in records)
        {
            var result = await engines.Kinesis.PutRecordsAsync(Name, [new KinesisPutRecord(Encoding.UTF8.GetBytes(data), partitionKey)]);
            var put = result.Records.Single();
            if (put.ErrorCode is not null) throw new InvalidOperationException($"kinesalite refused record '{data}' ({partitionKey}): {put.ErrorCode} {put.ErrorMessage}");
            written.Add((partitionKey, data, put.ShardId!, put.SequenceNumber!));
        }
        return written;
    }
}
