using Pulumi;
using Aws = Pulumi.Aws;

namespace Lab.Infra.Building;

/// <summary>Declares a lab's DynamoDB tables with the student's names and tags, as children of the lab.</summary>
public sealed class LabTables(StudentContext student, LabComponent parent)
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Aws.DynamoDB.Table, TableShape> Shapes = new();

    /// <summary>How a table declared here bills and which GSIs it has (the dashboard draws from this, known at preview).</summary>
    public static TableShape ShapeOf(Aws.DynamoDB.Table table) =>
        Shapes.TryGetValue(table, out var shape) ? shape : throw new InvalidOperationException("The table was not declared through LabTables.");

    /// <summary>The attribute on which the handlers' exactly-once markers expire (DynamoDB TTL).</summary>
    public const string LedgerExpiryAttribute = "expires_at";

    public Aws.DynamoDB.Table OnDemand(string name, TableKey hashKey, TableKey? rangeKey = null, string? streamViewType = null,
        string? expiringAttribute = null) =>
        Declare(name, hashKey, rangeKey, streamViewType, args =>
        {
            args.BillingMode = "PAY_PER_REQUEST";
            if (expiringAttribute is not null)
                args.Ttl = new Aws.DynamoDB.Inputs.TableTtlArgs { AttributeName = expiringAttribute, Enabled = true };
        });

    /// <summary>A PROVISIONED table whose capacities (and its indexes') are scaled and counted by <paramref name="capacity"/>.</summary>
    public Aws.DynamoDB.Table Provisioned(string name, TableKey hashKey, TableKey? rangeKey, int readCapacity, int writeCapacity,
        ProvisionedCapacity capacity, IReadOnlyList<GlobalIndex>? indexes = null, string? streamViewType = null)
    {
        indexes ??= [];
        var indexKeys = indexes.SelectMany(index => new[] { index.Hash, index.Range }).OfType<TableKey>();
        var table = Declare(name, hashKey, rangeKey, streamViewType, args =>
        {
            args.BillingMode = "PROVISIONED";
            var (tableRead, tableWrite) = capacity.Provision(readCapacity, writeCapacity);
            args.ReadCapacity = tableRead;
            args.WriteCapacity = tableWrite;
            foreach (var index in indexes)
            {
                var (read, write) = capacity.Provision(index.ReadCapacity, index.WriteCapacity);
                var gsi = new Aws.DynamoDB.Inputs.TableGlobalSecondaryIndexArgs
                {
                    Name = index.Name,
                    HashKey = index.Hash.Name,
                    RangeKey = index.Range?.Name,
                    ProjectionType = index.ProjectionType,
                    ReadCapacity = read,
                    WriteCapacity = write,
                };
                foreach (var attribute in index.NonKeyAttributes ?? []) gsi.NonKeyAttributes.Add(attribute);
                args.GlobalSecondaryIndexes.Add(gsi);
            }
        }, indexKeys);
        Shapes.AddOrUpdate(table, new TableShape(Provisioned: true, indexes.Select(index => index.Name).ToList()));
        return table;
    }

    public Aws.DynamoDB.Table Declare(string name, TableKey hashKey, TableKey? rangeKey, string? streamViewType,
        Action<Aws.DynamoDB.TableArgs> configure, IEnumerable<TableKey>? extraAttributes = null)
    {
        var args = new Aws.DynamoDB.TableArgs
        {
            Name = student.Naming.Name(name, Naming.NameLimits.DynamoDbTable, "DynamoDB table"),
            HashKey = hashKey.Name,
            RangeKey = rangeKey?.Name,
            StreamEnabled = streamViewType is not null,
            StreamViewType = streamViewType,
            DeletionProtectionEnabled = false,
            Tags = student.Tags(parent.Lab),
        };
        // DynamoDB wants exactly the attributes used as table or index keys, each once.
        var keys = new[] { hashKey, rangeKey }.OfType<TableKey>().Concat(extraAttributes ?? []).DistinctBy(key => key.Name);
        foreach (var key in keys)
            args.Attributes.Add(new Aws.DynamoDB.Inputs.TableAttributeArgs { Name = key.Name, Type = key.Type });
        configure(args);
        var table = parent.Declare(options => new Aws.DynamoDB.Table(name, args, options));
        Shapes.AddOrUpdate(table, new TableShape(Provisioned: false, []));
        return table;
    }
}

/// <param name="Provisioned">PROVISIONED billing: only such tables (and their GSIs) report Provisioned*CapacityUnits.</param>
public sealed record TableShape(bool Provisioned, IReadOnlyList<string> GlobalSecondaryIndexes);
