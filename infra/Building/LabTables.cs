using Pulumi;
using Aws = Pulumi.Aws;

namespace Lab.Infra.Building;

/// <summary>Declares a lab's DynamoDB tables with the student's names and tags, as children of the lab.</summary>
public sealed class LabTables(string lab, StudentContext student, Resource parent)
{
    public Aws.DynamoDB.Table OnDemand(string name, TableKey hashKey, TableKey? rangeKey = null, string? streamViewType = null) =>
        Declare(name, hashKey, rangeKey, streamViewType, args => args.BillingMode = "PAY_PER_REQUEST");

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
            Tags = student.Tags(lab),
        };
        // DynamoDB wants exactly the attributes used as table or index keys, each once.
        var keys = new[] { hashKey, rangeKey }.OfType<TableKey>().Concat(extraAttributes ?? []).DistinctBy(key => key.Name);
        foreach (var key in keys)
            args.Attributes.Add(new Aws.DynamoDB.Inputs.TableAttributeArgs { Name = key.Name, Type = key.Type });
        configure(args);
        return new Aws.DynamoDB.Table(name, args, new CustomResourceOptions { Parent = parent });
    }
}
