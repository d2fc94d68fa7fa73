using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Lambda.Core;
using Lab.Functions.Shared.Events;

namespace Lab.Functions.Shared.ExactlyOnce;

/// <summary>The stream records that change one aggregate item in this batch.</summary>
public sealed class AggregateGroup
{
    public AggregateGroup(string keyValue, IEnumerable<(DynamoDbStreamRecord Record, object Contribution)> records)
    {
        KeyValue = keyValue;
        Records = records.ToList();
    }

    public string KeyValue { get; }

    /// <summary>Records not yet known to be applied, each with what it adds to the aggregate.</summary>
    public List<(DynamoDbStreamRecord Record, object Contribution)> Records { get; }
}

/// <param name="Rejected">Records DynamoDB refused as invalid (a ValidationError, e.g. a key or number out of range): they
/// were logged by name and skipped, since no retry can apply them.</param>
public sealed record LedgerOutcome(int Applied, int AlreadyApplied, IReadOnlyList<DynamoDbStreamRecord> Failed, int Requests, int Rejected = 0);

/// <summary>
/// Applies each stream record to its aggregate exactly once, however often Lambda delivers it. Every aggregate
/// update travels in one TransactWriteItems with a marker item per record it includes
/// (key "#stream-record#&lt;eventID&gt;", condition attribute_not_exists). A redelivered record's marker already
/// exists, so the transaction is cancelled; the cancellation reasons say which markers exist, those records are
/// dropped and the rest is retried. Markers are keyed by eventID, which DynamoDB Streams makes unique per stream
/// record, so the guarantee holds across shards, interleaved batches and bisected retries (no ordering assumption).
/// Markers carry expires_at (epoch seconds) for a TTL well beyond the 24 h stream retention.
/// A cancellation reason ValidationError is the fault of the item it names: a marker's names its record, an aggregate
/// update's names every record of that aggregate (its key or sum is invalid). Those records are logged and skipped and
/// the others are applied, so one bad record never costs the good ones beside it.
/// </summary>
public sealed class StreamRecordLedger
{
    public const string MarkerPrefix = "#stream-record#";
    public const string ExpiresAtAttribute = "expires_at";
    private const int TransactionLimit = 100; // items per TransactWriteItems
    private const int MaxAttempts = 8;

    private readonly IAmazonDynamoDB dynamoDb;
    private readonly string tableName;
    private readonly string keyAttribute;
    private readonly TimeProvider clock;

    public StreamRecordLedger(IAmazonDynamoDB dynamoDb, string tableName, string keyAttribute, TimeProvider clock)
    {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
        this.keyAttribute = keyAttribute;
        this.clock = clock;
    }

    public static bool IsMarker(string keyValue) => keyValue.StartsWith(MarkerPrefix, StringComparison.Ordinal);

    /// <param name="buildUpdates">Builds one Update per group from the group's pending records (may read current state; it is called again after a conflict).</param>
    public async Task<LedgerOutcome> ApplyAsync(
        IReadOnlyList<AggregateGroup> groups,
        Func<IReadOnlyList<AggregateGroup>, Task<IReadOnlyList<Update>>> buildUpdates,
        ILambdaLogger logger)
    {
        int applied = 0, alreadyApplied = 0, requests = 0, rejected = 0;
        var failed = new List<DynamoDbStreamRecord>();
        foreach (var chunk in Pack(groups))
        {
            var pending = chunk.ToList();
            for (var attempt = 1; ; attempt++)
            {
                pending.RemoveAll(g => g.Records.Count == 0);
                if (pending.Count == 0)
                {
                    break;
                }
                var updates = await buildUpdates(pending);
                requests++;
                var (items, owners) = BuildTransaction(pending, updates);
                try
                {
                    await dynamoDb.TransactWriteItemsAsync(new TransactWriteItemsRequest { TransactItems = items });
                    applied += pending.Sum(g => g.Records.Count);
                    break;
                }
                catch (TransactionCanceledException cancelled) when (attempt < MaxAttempts)
                {
                    var (dropped, invalid) = DropSettledRecords(cancelled, owners, logger);
                    alreadyApplied += dropped;
                    rejected += invalid;
                    // A conflict or a changed aggregate (version check) needs only a fresh attempt.
                    await Task.Delay(TimeSpan.FromMilliseconds(20 * attempt));
                }
                catch (Exception error) when (error is AmazonDynamoDBException or TransactionCanceledException)
                {
                    logger.LogError($"Could not apply {pending.Sum(g => g.Records.Count)} record(s) after {attempt} attempt(s): {error.Message}");
                    failed.AddRange(pending.SelectMany(g => g.Records.Select(r => r.Record)));
                    break;
                }
            }
        }
        return new LedgerOutcome(applied, alreadyApplied, failed, requests, rejected);
    }

    private (List<TransactWriteItem> Items, List<(AggregateGroup Group, DynamoDbStreamRecord? Record)> Owners) BuildTransaction(
        List<AggregateGroup> pending, IReadOnlyList<Update> updates)
    {
        var items = new List<TransactWriteItem>();
        var owners = new List<(AggregateGroup, DynamoDbStreamRecord?)>();
        var expiresAt = clock.GetUtcNow().AddDays(7).ToUnixTimeSeconds();
        for (var i = 0; i < pending.Count; i++)
        {
            items.Add(new TransactWriteItem { Update = updates[i] });
            owners.Add((pending[i], null));
            foreach (var (record, _) in pending[i].Records)
            {
                items.Add(new TransactWriteItem
                {
                    Put = new Put
                    {
                        TableName = tableName,
                        Item = new Dictionary<string, AttributeValue>
                        {
                            [keyAttribute] = AttributeValues.Text(MarkerPrefix + record.EventId),
                            [ExpiresAtAttribute] = AttributeValues.Number(expiresAt),
                            ["applied_to"] = AttributeValues.Text(pending[i].KeyValue),
                        },
                        ConditionExpression = "attribute_not_exists(#key)",
                        ExpressionAttributeNames = new Dictionary<string, string> { ["#key"] = keyAttribute },
                    },
                });
                owners.Add((pending[i], record));
            }
        }
        return (items, owners);
    }

    // Drops from the pending groups the records whose marker already exists (applied by an earlier delivery) and the
    // records of any item DynamoDB rejected as invalid.
    private static (int AlreadyApplied, int Rejected) DropSettledRecords(TransactionCanceledException cancelled,
        List<(AggregateGroup Group, DynamoDbStreamRecord? Record)> owners, ILambdaLogger logger)
    {
        int dropped = 0, rejected = 0;
        var reasons = cancelled.CancellationReasons ?? new List<CancellationReason>();
        for (var i = 0; i < reasons.Count && i < owners.Count; i++)
        {
            var (group, record) = owners[i];
            if (record is not null && reasons[i].Code == "ConditionalCheckFailed")
            {
                group.Records.RemoveAll(r => ReferenceEquals(r.Record, record));
                logger.LogInformation($"Already applied, skipped: {record.Describe()} (redelivery)");
                dropped++;
            }
            else if (reasons[i].Code == "ValidationError")
            {
                var culprits = record is null ? group.Records.Select(r => r.Record).ToList() : [record];
                foreach (var culprit in culprits)
                {
                    logger.LogWarning($"Skipped bad {culprit.Describe()}: DynamoDB refused {(record is null ? $"the update of '{group.KeyValue}'" : "its marker")}: {reasons[i].Message}");
                }
                group.Records.RemoveAll(r => culprits.Contains(r.Record));
                rejected += culprits.Count;
            }
        }
        return (dropped, rejected);
    }

    /// <summary>Splits groups so that each transaction holds at most 100 items (one update plus one marker per record), in key order.</summary>
    private static IEnumerable<List<AggregateGroup>> Pack(IReadOnlyList<AggregateGroup> groups)
    {
        var pieces = new List<AggregateGroup>();
        foreach (var group in groups.OrderBy(g => g.KeyValue, StringComparer.Ordinal))
        {
            for (var start = 0; start < group.Records.Count; start += TransactionLimit - 1)
            {
                pieces.Add(new AggregateGroup(group.KeyValue, group.Records.Skip(start).Take(TransactionLimit - 1)));
            }
        }
        var chunk = new List<AggregateGroup>();
        var size = 0;
        foreach (var piece in pieces)
        {
            // Two updates of one item cannot share a transaction, so a key's second piece starts a new chunk.
            if (size + 1 + piece.Records.Count > TransactionLimit || chunk.Any(g => g.KeyValue == piece.KeyValue))
            {
                yield return chunk;
                chunk = new List<AggregateGroup>();
                size = 0;
            }
            chunk.Add(piece);
            size += 1 + piece.Records.Count;
        }
        if (chunk.Count > 0)
        {
            yield return chunk;
        }
    }

    internal static string FormatNumber(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
