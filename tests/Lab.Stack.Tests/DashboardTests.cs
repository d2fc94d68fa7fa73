using System.Text.Json;
using System.Text.RegularExpressions;

namespace Lab.Stack.Tests;

/// <summary>
/// The student's dashboard must teach the right lesson: consumption per second against provisioned capacity
/// (DynamoDB reports the first as a Sum per period, the second per second), provisioned lines only where they
/// exist, and every GSI's own capacity and throttles.
/// </summary>
public class DashboardTests
{
    [Fact]
    public async Task Consumed_capacity_is_drawn_per_second_beside_provisioned_capacity_for_provisioned_tables()
    {
        var widgets = await WidgetsAsync("designPatterns");
        var table = Single(widgets, "tlog_gsi_low: consumed vs provisioned capacity per second");
        var metrics = Metrics(table);

        // The raw Sum is fetched for the math but hidden; what is drawn is Sum / PERIOD.
        var rawRead = metrics.Single(m => m.Name == "ConsumedReadCapacityUnits");
        Assert.Equal(("Sum", false), (rawRead.Options.GetProperty("stat").GetString(), rawRead.Options.GetProperty("visible").GetBoolean()));
        var perSecond = metrics.Single(m => m.Expression == $"{rawRead.Id}/PERIOD({rawRead.Id})");
        Assert.Contains("units/s", perSecond.Label);
        Assert.Contains(metrics, m => m.Name == "ProvisionedReadCapacityUnits" && m.Options.GetProperty("stat").GetString() == "Average");
        Assert.Contains(metrics, m => m.Name == "ProvisionedWriteCapacityUnits");
        Assert.DoesNotContain(metrics, m => m.Dimensions.ContainsKey("GlobalSecondaryIndexName"));
    }

    [Fact]
    public async Task Every_GSI_has_its_own_capacity_and_throttle_series_so_the_low_capacity_index_shows()
    {
        var widgets = await WidgetsAsync("designPatterns");
        var titles = widgets.Select(Title).ToList();
        foreach (var (table, index) in new[] { ("tlog", "host-requestid-gsi"), ("tlog_gsi_low", "host-requestid-gsi"), ("tlog_scan", "gsi_responsecode"),
                     ("employees", "gsi_overload"), ("employees", "gsi_manager"), ("employees", "gsi_city_dept"), ("tlog_replica", "host-requestid-gsi") })
        {
            Assert.Contains($"{table} / {index}: consumed vs provisioned per second", titles);
            Assert.Contains($"{table} / {index}: throttle events", titles);
        }
        var throttles = Metrics(Single(widgets, "tlog_gsi_low / host-requestid-gsi: throttle events"));
        var writeThrottles = throttles.Single(m => m.Name == "WriteThrottleEvents");
        Assert.Equal("host-requestid-gsi", writeThrottles.Dimensions["GlobalSecondaryIndexName"]);
        Assert.StartsWith("tlog_gsi_low-alice-", writeThrottles.Dimensions["TableName"]);
        // ThrottledRequests has no GSI dimension: it is drawn for the table, summed over its operations.
        Assert.DoesNotContain(throttles, m => m.Expression?.Contains("ThrottledRequests") == true);
        var tableThrottles = Metrics(Single(widgets, "tlog_gsi_low: throttles"));
        Assert.Contains(tableThrottles, m => m.Expression?.StartsWith("SUM(SEARCH('{AWS/DynamoDB,Operation,TableName} MetricName=\"ThrottledRequests\" TableName=\"tlog_gsi_low-alice-") == true);
    }

    [Fact]
    public async Task On_demand_tables_get_no_provisioned_lines()
    {
        var widgets = await WidgetsAsync("gameScores");
        var all = widgets.SelectMany(Metrics).ToList();
        Assert.Contains(all, m => m.Name == "ConsumedWriteCapacityUnits");
        Assert.DoesNotContain(all, m => m.Name?.StartsWith("Provisioned") == true);
        Assert.Contains("GameScoreRecords: consumed capacity per second (on-demand)", widgets.Select(Title));
    }

    [Fact]
    public async Task Every_widget_is_valid_for_CloudWatch_ids_expressions_grid_and_limits()
    {
        var widgets = await WidgetsAsync(null);
        Assert.InRange(widgets.Count, 1, 500);
        foreach (var widget in widgets)
        {
            var x = widget.GetProperty("x").GetInt32();
            var width = widget.GetProperty("width").GetInt32();
            Assert.InRange(x, 0, 23);
            Assert.InRange(x + width, 1, 24);
            if (widget.GetProperty("type").GetString() != "metric") continue;
            var properties = widget.GetProperty("properties");
            Assert.Equal("us-east-1", properties.GetProperty("region").GetString());
            Assert.Equal(0, properties.GetProperty("period").GetInt32() % 60);
            var metrics = Metrics(widget);
            Assert.InRange(metrics.Count, 1, 500);
            var ids = metrics.Where(m => m.Id is not null).Select(m => m.Id!).ToList();
            Assert.Equal(ids.Count, ids.Distinct().Count());
            Assert.All(ids, id => Assert.Matches("^[a-z][A-Za-z0-9_]*$", id));
            foreach (var expression in metrics.Select(m => m.Expression).OfType<string>())
            {
                // Every metric an expression names is in the same widget (SEARCH needs none).
                var referenced = Regex.Matches(Regex.Replace(expression, "'[^']*'", ""), "\\b[a-z][A-Za-z0-9_]*\\b").Select(match => match.Value);
                Assert.All(referenced, id => Assert.Contains(id, ids));
            }
        }
    }

    private static async Task<List<JsonElement>> WidgetsAsync(string? lab)
    {
        var plan = lab is null ? await StackRun.EvaluateAsync("alice") : await StackRun.EvaluateAsync("alice", ("labs", lab));
        var body = JsonDocument.Parse(Assert.Single(plan.OfType("aws:cloudwatch/dashboard:Dashboard")).Str("dashboardBody")).RootElement;
        return body.GetProperty("widgets").EnumerateArray().ToList();
    }

    private static string Title(JsonElement widget) =>
        widget.GetProperty("properties").TryGetProperty("title", out var title) ? title.GetString()! : "";

    private static JsonElement Single(IEnumerable<JsonElement> widgets, string title) => widgets.Single(w => Title(w) == title);

    private sealed record MetricEntry(string? Name, Dictionary<string, string> Dimensions, string? Id, string? Expression, string? Label, JsonElement Options);

    // [namespace, name, dim, value, ..., {options}] or [{expression, label, id}]
    private static List<MetricEntry> Metrics(JsonElement widget)
    {
        if (widget.GetProperty("type").GetString() != "metric") return [];
        return widget.GetProperty("properties").GetProperty("metrics").EnumerateArray().Select(entry =>
        {
            var items = entry.EnumerateArray().ToList();
            var options = items[^1].ValueKind == JsonValueKind.Object ? items[^1] : default;
            string? Option(string key) => options.ValueKind == JsonValueKind.Object && options.TryGetProperty(key, out var v) ? v.GetString() : null;
            if (items.Count == 1) return new MetricEntry(null, [], Option("id"), Option("expression"), Option("label"), options);
            var strings = items.Where(i => i.ValueKind == JsonValueKind.String).Select(i => i.GetString()!).ToList();
            var dimensions = new Dictionary<string, string>();
            for (var i = 2; i + 1 < strings.Count; i += 2) dimensions[strings[i]] = strings[i + 1];
            return new MetricEntry(strings[1], dimensions, Option("id"), null, Option("label"), options);
        }).ToList();
    }
}
