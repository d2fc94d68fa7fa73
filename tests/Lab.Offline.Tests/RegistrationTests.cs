using System.Collections.Immutable;
using Pulumi;
using Pulumi.Utilities;

namespace Lab.Offline.Tests;

public class RegistrationTests
{
    [Fact]
    public async Task Inputs_reach_the_mock_under_their_wire_names_with_numbers_as_doubles()
    {
        var mocks = new RecordingMocks();

        await Run.ProgramAsync(mocks, () => new Widget("orders", new WidgetArgs
        {
            HashKey = "pk",
            ReadCapacity = 5,
            BillingMode = "PROVISIONED",
            StreamEnabled = true,
        }));

        var widget = mocks.Single("orders");
        Assert.Equal(Widget.Token, widget.Type);
        Assert.Equal(
            new[] { "billingMode", "hashKey", "readCapacity", "streamEnabled" },
            widget.Inputs.Keys.OrderBy(k => k, StringComparer.Ordinal));
        Assert.Equal("pk", widget.Inputs["hashKey"]);
        Assert.Equal(5.0, Assert.IsType<double>(widget.Inputs["readCapacity"]));
        Assert.Equal(true, widget.Inputs["streamEnabled"]);
        Assert.Equal("", widget.Id);
        Assert.Equal("", widget.Provider);
    }

    [Fact]
    public async Task Nested_args_lists_and_maps_are_sent_as_immutable_collections_by_wire_name()
    {
        var mocks = new RecordingMocks();

        await Run.ProgramAsync(mocks, () =>
        {
            var args = new WidgetArgs
            {
                HashKey = "pk",
                Attributes =
                {
                    new WidgetAttributeArgs { Name = "pk", Type = "S" },
                    new WidgetAttributeArgs { Name = "sk", Type = "N" },
                },
                Tags = { { "team", "db" } },
            };
            args.Tags["env"] = "dev";
            new Widget("orders", args);
        });

        var inputs = mocks.Single("orders").Inputs;
        var attributes = Assert.IsType<ImmutableArray<object>>(inputs["attributes"]);
        Assert.Equal(2, attributes.Length);
        var second = Assert.IsType<ImmutableDictionary<string, object>>(attributes[1]);
        Assert.Equal("sk", second["name"]);
        Assert.Equal("N", second["type"]);
        var tags = Assert.IsType<ImmutableDictionary<string, object>>(inputs["tags"]);
        Assert.Equal("db", tags["team"]);
        Assert.Equal("dev", tags["env"]);
    }

    [Fact]
    public async Task Unset_inputs_are_left_out_and_a_json_input_travels_as_json_text()
    {
        var mocks = new RecordingMocks();

        await Run.ProgramAsync(mocks, () => new Widget("orders", new WidgetArgs
        {
            HashKey = "pk",
            Settings = { { "retries", 3 }, { "mode", "fast" } },
        }));

        var inputs = mocks.Single("orders").Inputs;
        Assert.False(inputs.ContainsKey("readCapacity"));
        Assert.False(inputs.ContainsKey("attributes"));
        Assert.False(inputs.ContainsKey("tags"));
        // Real SDK (Resources/InputArgs.cs): protobuf's JsonFormatter writes the value.
        Assert.Equal("{ \"mode\": \"fast\", \"retries\": 3 }", inputs["settings"]);
    }

    [Fact]
    public async Task A_json_input_is_formatted_as_protobufs_JsonFormatter_writes_it()
    {
        var mocks = new RecordingMocks();

        await Run.ProgramAsync(mocks, () =>
        {
            new Widget("empty", new WidgetArgs { HashKey = "pk", Settings = { { "none", new Dictionary<string, object>() } } });
            new Widget("escapes", new WidgetArgs { HashKey = "pk", Settings = { { "html", "<b>café</b>" }, { "ratio", 0.5 }, { "list", new[] { 1, 2 } } } });
        });

        Assert.Equal("{ \"none\": { } }", mocks.Single("empty").Inputs["settings"]);
        Assert.Equal("{ \"html\": \"\\u003cb\\u003ecafé\\u003c/b\\u003e\", \"list\": [ 1, 2 ], \"ratio\": 0.5 }", mocks.Single("escapes").Inputs["settings"]);
    }

    [Fact]
    public async Task Archives_reach_the_mock_as_archive_objects()
    {
        var mocks = new RecordingMocks();

        await Run.ProgramAsync(mocks, () => new Widget("handler", new WidgetArgs
        {
            HashKey = "pk",
            Code = new AssetArchive(new Dictionary<string, AssetOrArchive>
            {
                ["bin"] = new FileArchive("./publish"),
                ["README"] = new StringAsset("hello"),
            }),
        }));

        var code = Assert.IsType<AssetArchive>(mocks.Single("handler").Inputs["code"]);
        Assert.NotNull(code);
    }

    [Fact]
    public async Task Secret_inputs_reach_the_mock_as_plain_values()
    {
        var mocks = new RecordingMocks();

        await Run.ProgramAsync(mocks, () => new Widget("orders", new WidgetArgs { HashKey = Output.CreateSecret("pk") }));

        Assert.Equal("pk", mocks.Single("orders").Inputs["hashKey"]);
    }

    [Fact]
    public async Task A_missing_required_input_fails_the_run_naming_the_member()
    {
        var error = await Assert.ThrowsAsync<RunException>(() =>
            Run.ProgramAsync(new RecordingMocks(), () => new Widget("orders", new WidgetArgs())));

        Assert.Contains("[Input] Lab.Offline.Tests.WidgetArgs.HashKey is required but was not given a value", error.Message);
    }

    [Fact]
    public async Task Outputs_resolve_from_the_mock_state_converted_to_the_property_types()
    {
        var mocks = new RecordingMocks
        {
            ExtraState = args => new Dictionary<string, object>
            {
                ["arn"] = "arn:aws:dynamodb:eu-west-1:123:table/orders",
                ["tags"] = new Dictionary<string, object> { ["team"] = "db" },
            },
        };

        var widget = await Run.CreateAsync(mocks, () => new Widget("orders", new WidgetArgs
        {
            HashKey = "pk",
            ReadCapacity = 7,
            Attributes = { new WidgetAttributeArgs { Name = "pk", Type = "S" } },
        }));

        Assert.Equal("arn:aws:dynamodb:eu-west-1:123:table/orders", await OutputUtilities.GetValueAsync(widget.Arn));
        Assert.Equal(7, await OutputUtilities.GetValueAsync(widget.ReadCapacity));
        var attribute = Assert.Single(await OutputUtilities.GetValueAsync(widget.Attributes));
        Assert.Equal(("pk", "S"), (attribute.Name, attribute.Type));
        Assert.Equal("db", (await OutputUtilities.GetValueAsync(widget.Tags))!["team"]);
        Assert.Equal("orders-id", await OutputUtilities.GetValueAsync(widget.Id));
        Assert.Equal("urn:pulumi:dev::lab::pulumi:pulumi:Stack$test:index/widget:Widget::orders", await OutputUtilities.GetValueAsync(widget.Urn));
        Assert.Equal(Widget.Token, widget.GetResourceType());
        Assert.Equal("orders", widget.GetResourceName());
    }

    [Fact]
    public async Task A_state_the_real_sdk_cannot_serialize_fails_the_run_naming_the_type()
    {
        var mocks = new AnonymousStateMocks();

        var error = await Assert.ThrowsAsync<RunException>(() =>
            Run.ProgramAsync(mocks, () => new Widget("orders", new WidgetArgs { HashKey = "pk" })));

        // Real SDK (Testing/MockMonitor.cs, Serialization/Serializer.cs): the type's full name and the path from the
        // state's root (empty here), inside the runner's report of an unhandled exception, with no inner exception.
        Assert.StartsWith("Running program '", error.Message);
        Assert.Contains("' failed with an unhandled exception:\nSystem.InvalidOperationException: <>f__AnonymousType", error.Message);
        Assert.Contains(" is not a supported argument type.\n\t", error.Message);
        Assert.Null(error.InnerException);
    }

    [Fact]
    public async Task A_state_entry_of_an_unsupported_type_is_named_by_its_path()
    {
        var mocks = new RecordingMocks { ExtraState = _ => new Dictionary<string, object> { ["count"] = 5L } };

        var error = await Assert.ThrowsAsync<RunException>(() =>
            Run.ProgramAsync(mocks, () => new Widget("orders", new WidgetArgs { HashKey = "pk" })));

        Assert.Contains("System.InvalidOperationException: System.Int64 is not a supported argument type.\n\t.count", error.Message);
    }

    [Fact]
    public async Task An_output_of_one_resource_is_the_input_of_another()
    {
        var mocks = new RecordingMocks();

        await Run.ProgramAsync(mocks, () =>
        {
            var table = new Widget("table", new WidgetArgs { HashKey = "pk" });
            new Widget("mapping", new WidgetArgs { HashKey = "pk", Peer = table.Arn });
        });

        Assert.Equal($"arn:test:{Widget.Token}:table", mocks.Single("mapping").Inputs["peer"]);
    }

    [Fact]
    public async Task Read_resources_send_the_requested_id()
    {
        var mocks = new RecordingMocks();

        await Run.ProgramAsync(mocks, () => Widget.Get("existing", "table-123"));

        Assert.Equal("table-123", mocks.Single("existing").Id);
    }

    private sealed class AnonymousStateMocks : Pulumi.Testing.IMocks
    {
        public Task<(string? id, object state)> NewResourceAsync(Pulumi.Testing.MockResourceArgs args)
            => Task.FromResult<(string?, object)>(("id", new { arn = "x" }));

        public Task<object> CallAsync(Pulumi.Testing.MockCallArgs args) => Task.FromResult<object>(new Dictionary<string, object>());
    }
}
