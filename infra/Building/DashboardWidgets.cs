namespace Lab.Infra.Building;

/// <summary>
/// The metric widgets of the student's dashboard. DynamoDB reports consumed capacity as a Sum per period but
/// provisioned capacity per second, so consumption is drawn per second through metric math (Sum / PERIOD), and
/// provisioned lines only for PROVISIONED tables (on-demand tables have no such metric). A GSI's metrics carry the
/// GlobalSecondaryIndexName dimension and are not part of its table's: each GSI gets its own widget, where
/// tlog_gsi_low's lesson (a 1-WCU index throttling its 1000-WCU table) shows.
/// Metrics and dimensions: https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/metrics-dimensions.html;
/// body format: https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/CloudWatch-Dashboard-Body-Structure.html.
/// </summary>
public static class DashboardWidgets
{
    public const int PeriodSeconds = 60;
    private const string DynamoDb = "AWS/DynamoDB";

    public static Dictionary<string, object> Function(string title, string functionName, bool consumesStream, string region)
    {
        var metrics = new List<object[]>
        {
            new object[] { "AWS/Lambda", "Invocations", "FunctionName", functionName, new { stat = "Sum" } },
            new object[] { "AWS/Lambda", "Errors", "FunctionName", functionName, new { stat = "Sum" } },
            new object[] { "AWS/Lambda", "Duration", "FunctionName", functionName, new { stat = "Average", yAxis = "right" } },
        };
        if (consumesStream) metrics.Add(new object[] { "AWS/Lambda", "IteratorAge", "FunctionName", functionName, new { stat = "Maximum", yAxis = "right" } });
        return Metric(title, metrics, region);
    }

    /// <summary>Consumed (per second) against provisioned read and write capacity of a table, or of one of its GSIs.</summary>
    public static Dictionary<string, object> Capacity(string title, string tableName, string? indexName, bool provisioned, string region)
    {
        var dimensions = Dimensions(tableName, indexName);
        var metrics = new List<object[]>();
        foreach (var (kind, id) in new[] { ("Read", "r"), ("Write", "w") })
        {
            metrics.Add([DynamoDb, $"Consumed{kind}CapacityUnits", .. dimensions, new { id = $"consumed{id}", stat = "Sum", visible = false }]);
            metrics.Add([new { expression = $"consumed{id}/PERIOD(consumed{id})", label = $"consumed {kind.ToLowerInvariant()} units/s", id = $"consumed{id}s" }]);
            if (provisioned)
                metrics.Add([DynamoDb, $"Provisioned{kind}CapacityUnits", .. dimensions, new { id = $"provisioned{id}", stat = "Average", label = $"provisioned {kind.ToLowerInvariant()} units/s" }]);
        }
        return Metric(title, metrics, region);
    }

    /// <summary>Throttle events of a table or GSI, and for a table its throttled requests summed over every operation.</summary>
    public static Dictionary<string, object> Throttles(string title, string tableName, string? indexName, string region)
    {
        var dimensions = Dimensions(tableName, indexName);
        List<object[]> metrics =
        [
            [DynamoDb, "ReadThrottleEvents", .. dimensions, new { stat = "Sum" }],
            [DynamoDb, "WriteThrottleEvents", .. dimensions, new { stat = "Sum" }],
        ];
        // ThrottledRequests has the dimensions TableName and Operation only (no GSI): one series per operation, summed.
        if (indexName is null)
            metrics.Add([new
            {
                expression = $"SUM(SEARCH('{{{DynamoDb},Operation,TableName}} MetricName=\"ThrottledRequests\" TableName=\"{tableName}\"', 'Sum', {PeriodSeconds}))",
                label = "throttled requests (all operations)",
                id = "throttled",
            }]);
        return Metric(title, metrics, region);
    }

    public static Dictionary<string, object> StreamRecords(string title, string streamName, string region) =>
        Metric(title, [new object[] { "AWS/Kinesis", "IncomingRecords", "StreamName", streamName, new { stat = "Sum" } }], region);

    public static Dictionary<string, object> Text(string markdown, int y) =>
        new() { ["type"] = "text", ["x"] = 0, ["y"] = y, ["width"] = 24, ["height"] = 1, ["properties"] = new { markdown } };

    private static object[] Dimensions(string tableName, string? indexName) =>
        indexName is null ? ["TableName", tableName] : ["TableName", tableName, "GlobalSecondaryIndexName", indexName];

    private static Dictionary<string, object> Metric(string title, List<object[]> metrics, string region) => new()
    {
        ["type"] = "metric",
        ["properties"] = new { title, metrics, region, view = "timeSeries", period = PeriodSeconds },
    };
}
