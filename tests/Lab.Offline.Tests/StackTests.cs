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

    public sealed class UnassignedOutputStack : Stack
    {
        [Output("tableArn")]
        public Output<string> TableArn { get; set; } = null!;
    }

    public sealed class ObjectOutputStack : Stack
    {
        public ObjectOutputStack()
        {
            Count = Output.Create(3);
        }

        [Output("count")]
        public object Count { get; set; }
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

        // Real SDK (Stack.cs): named by wire name.
        Assert.Equal("Output(s) 'count' have incorrect type. [Output] attributed properties must be instances of Output<T>.", error.Message);
    }

    [Fact]
    public async Task An_Output_attribute_left_unassigned_fails_the_run_by_wire_name()
    {
        var error = await Assert.ThrowsAsync<RunException>(() => Deployment.TestAsync<UnassignedOutputStack>(new RecordingMocks()));

        Assert.Equal("Output(s) 'tableArn' have no value assigned. [Output] attributed properties must be assigned inside Stack constructor.", error.Message);
    }

    [Fact]
    public async Task An_Output_attribute_declared_object_may_hold_any_Output()
    {
        var mocks = new RecordingMocks();

        await Deployment.TestAsync<ObjectOutputStack>(mocks);

        Assert.Contains("count", mocks.RegisteredOutputs.Single().Outputs.Keys);
    }

    [Fact]
    public async Task An_exception_in_the_program_is_thrown_by_TestAsync()
    {
        var error = await Assert.ThrowsAsync<RunException>(() => Deployment.TestAsync<ThrowingStack>(new RecordingMocks()));

        // Real SDK (Deployment.Runner.cs, Deployment_Run.cs): a RunException carrying the text only.
        Assert.StartsWith($"Running program '{System.Reflection.Assembly.GetEntryAssembly()?.Location}' failed with an unhandled exception:\n", error.Message);
        Assert.Contains("System.InvalidOperationException: students.csv line 4: expected an email address" + Environment.NewLine, error.Message);
        Assert.Null(error.InnerException);
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

    // Real SDK (Deployment_Run.cs): several errors become an AggregateException of RunExceptions, in the order logged.
    [Fact]
    public async Task Several_logged_errors_fail_the_run_together_in_order()
    {
        var error = await Assert.ThrowsAsync<AggregateException>(() =>
            Deployment.TestAsync(new RecordingMocks(), Run.Preview, () =>
            {
                Log.Error("first");
                Log.Error("second");
            }));

        Assert.Equal(["first", "second"], error.InnerExceptions.Select(e => Assert.IsType<RunException>(e).Message));
    }

    [Fact]
    public async Task Root_directory_is_not_available_unless_the_test_options_give_one()
    {
        string? given = null;
        InvalidOperationException? missing = null;
        await Deployment.TestAsync(new RecordingMocks(), Run.Preview, () => { missing = Record.Exception(() => Deployment.Instance.RootDirectory) as InvalidOperationException; });
        await Deployment.TestAsync(new RecordingMocks(), new Pulumi.Testing.TestOptions { RootDirectory = "/labs" }, () => { given = Deployment.Instance.RootDirectory; });

        Assert.Equal("The Pulumi CLI version does not support root directory. Please update the Pulumi CLI.", missing!.Message);
        Assert.Equal("/labs", given);
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
