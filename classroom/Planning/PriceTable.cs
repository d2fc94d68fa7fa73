using Lab.Infra.Building;

namespace Lab.Classroom.Planning;

/// <summary>
/// List prices the class cost uses, us-east-1: DynamoDB provisioned capacity (Standard table class, the stack's own
/// ProvisionedCapacity figures; https://aws.amazon.com/dynamodb/pricing/provisioned/) and Kinesis Data Streams
/// provisioned shard-hours ($0.015; https://aws.amazon.com/kinesis/data-streams/pricing/). Other Regions differ.
/// </summary>
public static class PriceTable
{
    public const string Region = ProvisionedCapacity.PriceRegion;
    public const double ReadUnitHourUsd = ProvisionedCapacity.ReadUnitHourUsd;
    public const double WriteUnitHourUsd = ProvisionedCapacity.WriteUnitHourUsd;
    public const double ShardHourUsd = 0.015;

    /// <summary>What the cost leaves out: usage-priced items whose amount depends on what students do.</summary>
    public static IReadOnlyList<string> LeftOut { get; } =
    [
        "on-demand tables' read and write requests",
        "DynamoDB storage, Streams reads, backups",
        "Kinesis PUT payload units",
        "Lambda requests and GB-seconds",
        "CloudWatch Logs ingestion and storage, dashboards beyond the free tier",
        "SQS requests",
        "the free tier",
    ];
}
