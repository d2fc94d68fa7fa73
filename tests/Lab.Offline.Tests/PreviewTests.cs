using Pulumi;
using Pulumi.Utilities;

namespace Lab.Offline.Tests;

public class PreviewTests
{
    private static RecordingMocks MocksWithoutArn() => new() { ExtraState = _ => new Dictionary<string, object>() };

    [Fact]
    public async Task In_a_preview_an_output_the_mock_did_not_return_is_unknown_and_its_apply_never_runs()
    {
        var applied = false;

        var widget = await Run.CreateAsync(MocksWithoutArn(), () =>
        {
            var w = new Widget("orders", new WidgetArgs { HashKey = "pk" });
            w.Arn.Apply(arn => applied = true);
            return w;
        }, Run.Preview);

        Assert.False(await OutputUtilities.GetIsKnownAsync(widget.Arn));
        Assert.False(applied);
        Assert.True(await OutputUtilities.GetIsKnownAsync(widget.HashKey));
        Assert.True(await OutputUtilities.GetIsKnownAsync(widget.Id));
    }

    [Fact]
    public async Task In_a_preview_an_unknown_input_is_left_out_of_what_the_mock_receives()
    {
        var mocks = MocksWithoutArn();

        await Run.ProgramAsync(mocks, () =>
        {
            var table = new Widget("table", new WidgetArgs { HashKey = "pk" });
            new Widget("mapping", new WidgetArgs
            {
                HashKey = "pk",
                Peer = table.Arn,
                Attributes = { new WidgetAttributeArgs { Name = table.Arn, Type = "S" } },
            });
        }, Run.Preview);

        var inputs = mocks.Single("mapping").Inputs;
        Assert.False(inputs.ContainsKey("peer"));
        Assert.False(inputs.ContainsKey("attributes"));
        Assert.Equal("pk", inputs["hashKey"]);
    }

    [Fact]
    public async Task Outside_a_preview_a_missing_output_is_known_and_null()
    {
        string? seen = "not run";

        var widget = await Run.CreateAsync(MocksWithoutArn(), () =>
        {
            var w = new Widget("orders", new WidgetArgs { HashKey = "pk" });
            w.Arn.Apply(arn => seen = arn);
            return w;
        }, Run.Update);

        Assert.True(await OutputUtilities.GetIsKnownAsync(widget.Arn));
        Assert.Null(await OutputUtilities.GetValueAsync(widget.Arn));
        Assert.Null(seen);
        Assert.Null(await OutputUtilities.GetValueAsync(widget.ReadCapacity));
    }

    [Fact]
    public async Task IsDryRun_follows_TestOptions_IsPreview_which_defaults_to_true()
    {
        bool? previewDefault = null, update = null;

        await Deployment.TestAsync(new RecordingMocks(), new Pulumi.Testing.TestOptions(), () => { previewDefault = Deployment.Instance.IsDryRun; });
        await Deployment.TestAsync(new RecordingMocks(), Run.Update, () => { update = Deployment.Instance.IsDryRun; });

        Assert.True(previewDefault);
        Assert.False(update);
    }
}
