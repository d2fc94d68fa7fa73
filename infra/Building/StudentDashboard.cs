using System.Text.Json;
using Pulumi;
using Aws = Pulumi.Aws;

namespace Lab.Infra.Building;

/// <summary>
/// One CloudWatch dashboard per student, a row per deployed lab: each function's invocations, errors,
/// duration (and iterator age for stream consumers), each table's and each GSI's consumed vs provisioned
/// capacity and throttles (the capacity exercise's lesson), each Kinesis stream's incoming records.
/// </summary>
public static class StudentDashboard
{
    private const int Width = 6;
    private const int Height = 6;
    private const int PerRow = 24 / Width;

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
    public static string Body(IReadOnlyList<LabOutputs> labs, IReadOnlyList<string> physicalNames, string region)
    {
        var widgets = new List<object>();
        var next = 0;
        var y = 0;
        foreach (var lab in labs)
        {
            widgets.Add(DashboardWidgets.Text($"## {lab.Lab}", y));
            y += 1;
            var row = new List<Dictionary<string, object>>();
            foreach (var (function, consumesStream) in lab.Functions)
            {
                row.Add(DashboardWidgets.Function($"{function.Spec.Name}: invocations, errors, duration{(consumesStream ? ", iterator age" : "")}",
                    physicalNames[next++], consumesStream, region));
            }
            foreach (var (key, table) in lab.Tables)
            {
                var tableName = physicalNames[next++];
                var shape = LabTables.ShapeOf(table);
                var capacity = shape.Provisioned ? "consumed vs provisioned capacity per second" : "consumed capacity per second (on-demand)";
                row.Add(DashboardWidgets.Capacity($"{key}: {capacity}", tableName, null, shape.Provisioned, region));
                row.Add(DashboardWidgets.Throttles($"{key}: throttles", tableName, null, region));
                foreach (var index in shape.GlobalSecondaryIndexes)
                {
                    row.Add(DashboardWidgets.Capacity($"{key} / {index}: consumed vs provisioned per second", tableName, index, shape.Provisioned, region));
                    row.Add(DashboardWidgets.Throttles($"{key} / {index}: throttle events", tableName, index, region));
                }
            }
            foreach (var (key, _) in lab.Streams)
                row.Add(DashboardWidgets.StreamRecords($"{key}: incoming records", physicalNames[next++], region));

            for (var i = 0; i < row.Count; i++)
                widgets.Add(Place(row[i], x: i % PerRow * Width, y: y + i / PerRow * Height));
            y += (row.Count + PerRow - 1) / PerRow * Height;
        }
        return JsonSerializer.Serialize(new { widgets });
    }

    private static Dictionary<string, object> Place(Dictionary<string, object> widget, int x, int y) =>
        new(widget) { ["x"] = x, ["y"] = y, ["width"] = Width, ["height"] = Height };
}
