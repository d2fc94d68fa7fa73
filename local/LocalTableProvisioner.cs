using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Lab.Local;

/// <summary>What a created (or found) table is known by: its outputs in the stack's shape.</summary>
public sealed record ProvisionedTable(string Name, string Arn, string? StreamArn);

/// <summary>
/// Creates a declared table in a local engine. The one path from a stack declaration to a local table:
/// `lab local` (from the Pulumi mocks) and `lab workshop setup` both come here.
/// </summary>
public sealed class LocalTableProvisioner(IAmazonDynamoDB client, TimeSpan? activeTimeout = null)
{
    private readonly TimeSpan timeout = activeTimeout ?? TimeSpan.FromSeconds(60);

    /// <summary>From the inputs of an <c>aws:dynamodb/table:Table</c> by wire name, exactly as Pulumi mocks receive them.</summary>
    public Task<ProvisionedTable> ProvisionAsync(IReadOnlyDictionary<string, object?> inputs, string? resourceName = null, CancellationToken ct = default) =>
        ProvisionAsync(TableDeclaration.FromInputs(inputs, resourceName), ct);

    public async Task<ProvisionedTable> ProvisionAsync(TableDeclaration table, CancellationToken ct = default)
    {
        var existing = await DescribeOrNullAsync(table.Name, ct);
        if (existing is null)
        {
            try
            {
                await client.CreateTableAsync(TableRequests.Create(table), ct);
            }
            catch (ResourceInUseException)
            {
                // Another caller created it between our describe and create: fall through to the schema check.
            }
            existing = await DescribeOrNullAsync(table.Name, ct)
                ?? throw new InvalidOperationException($"table '{table.Name}': created, but DescribeTable does not find it.");
        }

        var mismatch = KeySchemaComparison.Differences(table, existing);
        if (mismatch.Count > 0)
            throw new TableSchemaMismatchException(
                $"table '{table.Name}' already exists with a different key schema: {string.Join("; ", mismatch)}. Delete it or choose another name.");

        var active = await WaitActiveAsync(table.Name, ct);
        return new ProvisionedTable(active.TableName, active.TableArn, string.IsNullOrEmpty(active.LatestStreamArn) ? null : active.LatestStreamArn);
    }

    private async Task<TableDescription?> DescribeOrNullAsync(string name, CancellationToken ct)
    {
        try
        {
            return (await client.DescribeTableAsync(name, ct)).Table;
        }
        catch (ResourceNotFoundException)
        {
            return null;
        }
    }

    private async Task<TableDescription> WaitActiveAsync(string name, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var table = await DescribeOrNullAsync(name, ct) ?? throw new InvalidOperationException($"table '{name}' disappeared while waiting for ACTIVE.");
            var indexesActive = (table.GlobalSecondaryIndexes ?? []).All(i => i.IndexStatus == IndexStatus.ACTIVE);
            if (table.TableStatus == TableStatus.ACTIVE && indexesActive) return table;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"table '{name}' is still {table.TableStatus} (indexes active: {indexesActive}) after {timeout.TotalSeconds:0} s.");
            await Task.Delay(200, ct);
        }
    }
}
