using Pulumi;
using Pulumi.Utilities;

namespace Lab.Offline.Tests;

public class StackTests
{
    public sealed class TableStack : Stack
    {
        public TableStack()
        {
            var table = new Widget("orders", new WidgetArgs { HashKey = "pk" });
            TableArn = table.Arn;
            TableName = Output.Create("orders");
        }

        [Output("tableArn")]
        public Output<string> TableArn { get; set; }

        [Output]
        public Output<string> TableName { get; set; }
    }

    public sealed class BadOutputStack : Stack
    {
        [Output("count")]
        public int Count { get; set; } = 3;
    }

    public sealed class ThrowingStack : Stack
    {
        public ThrowingStack()
        {
            throw new InvalidOperationException("students.csv line 4: expected an email address");
        }
    }

    public sealed class FailingApplyStack : Stack
    {
        public FailingApplyStack()
        {
            Output.Create("many").Apply(ParseShardCount);
        }

        private static int ParseShardCount(string text)
            => int.TryParse(text, out var count) ? count : throw new FormatException($"bad shard count '{text}'");
    }

    [Fact]
    public async Task Stack_output_properties_are_readable_after_TestAsync_and_registered_with_the_mocks()
    {
        var mocks = new RecordingMocks();

        var resources = await Deployment.TestAsync<TableStack>(mocks, Run.Preview);

        var stack = Assert.IsType<TableStack>(resources[0]);
        Assert.Equal($"arn:test:{Widget.Token}:orders", await OutputUtilities.GetValueAsync(stack.TableArn));
        var registered = mocks.RegisteredOutputs.Single(o => o.Urn == "urn:pulumi:dev::lab::pulumi:pulumi:Stack::lab-dev");
        Assert.Equal(new[] { "TableName", "tableArn" }, registered.Outputs.Keys.OrderBy(k => k, StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_Output_attribute_on_a_non_output_property_fails_the_run()
    {
        var error = await Assert.ThrowsAsync<RunException>(() => Deployment.TestAsync<BadOutputStack>(new RecordingMocks()));

        Assert.Contains("Output(s) 'Count' have incorrect type", error.Message);
    }

    [Fact]
    public async Task An_exception_in_the_program_is_thrown_by_TestAsync()
    {
        var error = await Assert.ThrowsAsync<RunException>(() => Deployment.TestAsync<ThrowingStack>(new RecordingMocks()));

        Assert.Contains("failed with an unhandled exception", error.Message);
        Assert.Contains("students.csv line 4: expected an email address", error.Message);
    }

    [Fact]
    public async Task An_exception_inside_an_apply_is_thrown_by_TestAsync()
    {
        var error = await Assert.ThrowsAsync<RunException>(() => Deployment.TestAsync<FailingApplyStack>(new RecordingMocks()));

        Assert.Contains("bad shard count", error.Message);
    }

    [Fact]
    public async Task A_logged_error_fails_the_run()
    {
        var error = await Assert.ThrowsAsync<RunException>(() =>
            Deployment.TestAsync(new RecordingMocks(), Run.Preview, () => Log.Error("lab 'streams' needs a table")));

        Assert.Equal("lab 'streams' needs a table", error.Message);
    }

    [Fact]
    public async Task The_callback_overload_returns_the_outputs_and_leaves_out_its_internal_stack()
    {
        var (resources, outputs) = await Deployment.TestAsync(new RecordingMocks(), Run.Preview, () =>
        {
            var widget = new Widget("orders", new WidgetArgs { HashKey = "pk" });
            return new Dictionary<string, object?> { ["arn"] = widget.Arn };
        });

        Assert.Equal(new[] { Widget.Token }, resources.Select(r => r.GetResourceType()));
        Assert.Equal($"arn:test:{Widget.Token}:orders", await OutputUtilities.GetValueAsync((Output<string>)outputs["arn"]!));
    }
}
