using System.Text.Json;
using Pulumi;
using Aws = Pulumi.Aws;

namespace Lab.Infra.Building;

/// <summary>
/// One CloudWatch dashboard per student, a row per deployed lab: each function's invocations, errors,
/// duration (and iterator age for stream consumers), each table's consumed vs provisioned capacity
/// and throttles (the capacity exercise's lesson), each Kinesis stream's incoming records.
/// </summary>
public static class StudentDashboard
{
    private const int Width = 6;
    private const int Height = 6;

    public static Output<string> Declare(IReadOnlyList<LabOutputs> labs, StudentContext student)
    {
        var name = student.Naming.Name("DynamoDBLabs", Naming.NameLimits.Dashboard, "CloudWatch dashboard");
        var names = labs.SelectMany(lab =>
            lab.Functions.Select(f => f.Function.PhysicalName)
                .Concat(lab.Tables.Select(t => t.Table.Name))
                .Concat(lab.Streams.Select(s => s.Stream.Name)));
        var body = Output.Tuple(Output.All(names), student.Region).Apply(resolved => Body(labs, resolved.Item1, resolved.Item2));

        var dashboard = new Aws.CloudWatch.Dashboard("student-dashboard", new Aws.CloudWatch.DashboardArgs
        {
            DashboardName = name,
            DashboardBody = body,
        });
        return Output.Tuple(dashboard.DashboardName, student.Region).Apply(t =>
            $"https://{t.Item2}.console.aws.amazon.com/cloudwatch/home?region={t.Item2}#dashboards:name={t.Item1}");
    }

    // Names arrive in the order Declare flattened them: per lab, functions, tables, streams.
    private static string Body(IReadOnlyList<LabOutputs> labs, IReadOnlyList<string> physicalNames, string region)
    {
        var widgets = new List<object>();
        var next = 0;
        var y = 0;
        foreach (var lab in labs)
        {
            widgets.Add(new { type = "text", x = 0, y, width = 24, height = 1, properties = new { markdown = $"## {lab.Lab}" } });
            y += 1;
            var row = new List<object>();
            foreach (var (function, consumesStream) in lab.Functions)
            {
                var fn = physicalNames[next++];
                var metrics = new List<object[]>
                {
                    new object[] { "AWS/Lambda", "Invocations", "FunctionName", fn },
                    new object[] { ".", "Errors", ".", "." },
                    new object[] { ".", "Duration", ".", ".", new { stat = "Average", yAxis = "right" } },
                };
                if (consumesStream) metrics.Add(new object[] { ".", "IteratorAge", ".", ".", new { stat = "Maximum", yAxis = "right" } });
                row.Add(Metric($"{function.Spec.Name}: invocations, errors, duration{(consumesStream ? ", iterator age" : "")}", metrics, region));
            }
            foreach (var (key, _) in lab.Tables)
            {
                var table = physicalNames[next++];
                row.Add(Metric($"{key}: consumed vs provisioned capacity, throttles",
                [
                    new object[] { "AWS/DynamoDB", "ConsumedReadCapacityUnits", "TableName", table, new { stat = "Sum" } },
                    new object[] { ".", "ProvisionedReadCapacityUnits", ".", "." },
                    new object[] { ".", "ConsumedWriteCapacityUnits", ".", ".", new { stat = "Sum" } },
                    new object[] { ".", "ProvisionedWriteCapacityUnits", ".", "." },
                    new object[] { ".", "ReadThrottleEvents", ".", ".", new { stat = "Sum", yAxis = "right" } },
                    new object[] { ".", "WriteThrottleEvents", ".", ".", new { stat = "Sum", yAxis = "right" } },
                ], region));
            }
            foreach (var (key, _) in lab.Streams)
            {
                var stream = physicalNames[next++];
                row.Add(Metric($"{key}: incoming records", [new object[] { "AWS/Kinesis", "IncomingRecords", "StreamName", stream, new { stat = "Sum" } }], region));
            }
            for (var i = 0; i < row.Count; i++)
                widgets.Add(Place(row[i], x: i % 4 * Width, y: y + i / 4 * Height));
            y += (row.Count + 3) / 4 * Height;
        }
        return JsonSerializer.Serialize(new { widgets });
    }

    private static Dictionary<string, object> Metric(string title, List<object[]> metrics, string region) => new()
    {
        ["type"] = "metric",
        ["width"] = Width,
        ["height"] = Height,
        ["properties"] = new { title, metrics, region, view = "timeSeries", stat = "Sum", period = 60 },
    };

    private static Dictionary<string, object> Place(object widget, int x, int y)
    {
        var placed = new Dictionary<string, object>((Dictionary<string, object>)widget) { ["x"] = x, ["y"] = y };
        return placed;
    }
}
