namespace Lab.Classroom.Quotas;

/// <summary>
/// The AWS default quotas a class of lab stacks uses, with the page each default comes from (README, "Running a
/// class", has the same table). Overridable per run with `--quota KEY=VALUE` for accounts whose quotas were raised.
/// </summary>
public static class QuotaCatalog
{
    public const string AccountReadCapacity = "dynamodb.accountReadCapacity";
    public const string AccountWriteCapacity = "dynamodb.accountWriteCapacity";
    public const string TableReadCapacity = "dynamodb.tableReadCapacity";
    public const string TableWriteCapacity = "dynamodb.tableWriteCapacity";
    public const string Tables = "dynamodb.tables";
    public const string Roles = "iam.roles";
    public const string Shards = "kinesis.shards";
    public const string OnDemandStreams = "kinesis.onDemandStreams";
    public const string Concurrency = "lambda.concurrentExecutions";
    public const string CodeStorage = "lambda.codeStorageGiB";
    public const string Rules = "events.rulesPerBus";
    public const string LogGroups = "logs.logGroups";
    public const string Queues = "sqs.queues";
    public const string Dashboards = "cloudwatch.dashboards";

    /// <summary>Lambda keeps this much of the account's concurrency unreserved (all of it when the quota is smaller).</summary>
    public const int MinimumUnreservedConcurrency = 100;

    private const string DynamoDbQuotas = "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html";
    private const string KinesisQuotas = "https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html";
    private const string LambdaQuotas = "https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html";

    // Kinesis: 20,000 shards in these three Regions; "1,000 or 6,000" elsewhere, so the smaller is assumed.
    private static readonly string[] LargeShardQuotaRegions = ["us-east-1", "us-west-2", "eu-west-1"];

    // EventBridge: 300 rules per event bus, 100 in these Regions. Scheduled rules live on the default bus only.
    private static readonly string[] SmallRuleQuotaRegions = ["af-south-1", "eu-south-1"];

    public static IReadOnlyList<Quota> All { get; } =
    [
        new(AccountWriteCapacity, "DynamoDB account-level provisioned WCU", "WCU", QuotaScope.Region, QuotaKind.Summed, _ => 80_000, DynamoDbQuotas,
            "tables and GSIs in provisioned mode; on-demand tables do not count"),
        new(AccountReadCapacity, "DynamoDB account-level provisioned RCU", "RCU", QuotaScope.Region, QuotaKind.Summed, _ => 80_000, DynamoDbQuotas,
            "tables and GSIs in provisioned mode; on-demand tables do not count"),
        new(TableWriteCapacity, "DynamoDB table-level provisioned WCU (table + its GSIs)", "WCU", QuotaScope.Region, QuotaKind.PerResource, _ => 40_000, DynamoDbQuotas),
        new(TableReadCapacity, "DynamoDB table-level provisioned RCU (table + its GSIs)", "RCU", QuotaScope.Region, QuotaKind.PerResource, _ => 40_000, DynamoDbQuotas),
        new(Tables, "DynamoDB tables", "tables", QuotaScope.Region, QuotaKind.Summed, _ => 2_500, DynamoDbQuotas),
        new(Roles, "IAM roles", "roles", QuotaScope.Account, QuotaKind.Summed, _ => 1_000,
            "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html", "IAM is global: every Region of the account counts"),
        new(Shards, "Kinesis shards (provisioned mode)", "shards", QuotaScope.Region, QuotaKind.Summed,
            region => LargeShardQuotaRegions.Contains(region) ? 20_000 : 1_000, KinesisQuotas,
            "20,000 in us-east-1, us-west-2, eu-west-1; 1,000 or 6,000 elsewhere (1,000 assumed)"),
        new(OnDemandStreams, "Kinesis on-demand streams", "on-demand streams", QuotaScope.Region, QuotaKind.Summed, _ => 50, KinesisQuotas),
        new(Concurrency, "Lambda concurrency (reservations leave 100 unreserved)", "reserved executions", QuotaScope.Region, QuotaKind.Reservable,
            _ => 1_000, "https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html",
            "new accounts start lower (10 has been seen), which leaves nothing to reserve: set reduceLambdaReservedConcurrency off"),
        new(CodeStorage, "Lambda code storage", "GiB of code", QuotaScope.Region, QuotaKind.Summed, _ => 75, LambdaQuotas,
            "every function stores its own copy of the archive"),
        new(Rules, "EventBridge rules on the default event bus", "rules", QuotaScope.Region, QuotaKind.Summed,
            region => SmallRuleQuotaRegions.Contains(region) ? 100 : 300, "https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-quota.html",
            "100 in af-south-1 and eu-south-1"),
        new(LogGroups, "CloudWatch Logs log groups", "log groups", QuotaScope.Region, QuotaKind.Summed, _ => 1_000_000,
            "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/cloudwatch_limits_cwl.html"),
        new(Queues, "SQS queues", "queues", QuotaScope.Region, QuotaKind.Summed, _ => null,
            "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-queues.html", "no quota on the number of queues"),
        new(Dashboards, "CloudWatch dashboards", "dashboards", QuotaScope.Account, QuotaKind.Summed, _ => null,
            "https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch_limits.html", "no count quota; dashboards are global, names unique per account"),
    ];

    public static IReadOnlyList<string> Keys { get; } = All.Select(q => q.Key).ToList();

    public static Quota? Find(string key) => All.FirstOrDefault(q => q.Key == key);
}
