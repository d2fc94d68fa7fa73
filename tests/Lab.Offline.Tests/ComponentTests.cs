using Pulumi;
using Pulumi.Utilities;

namespace Lab.Offline.Tests;

public class ComponentTests
{
    public sealed class GroupStack : Stack
    {
        public GroupStack()
        {
            Group = new WidgetGroup("g");
        }

        public WidgetGroup Group { get; }
    }

    [Fact]
    public async Task Resources_come_back_stack_first_with_the_component_and_its_child()
    {
        var resources = await Deployment.TestAsync<GroupStack>(new RecordingMocks(), Run.Preview);

        Assert.Equal(
            new[] { "pulumi:pulumi:Stack", WidgetGroup.Token, Widget.Token },
            resources.Select(r => r.GetResourceType()));
        Assert.Equal("lab-dev", resources[0].GetResourceName());
    }

    [Fact]
    public async Task Urns_carry_the_parent_type_as_the_real_mock_monitor_builds_them()
    {
        var resources = await Deployment.TestAsync<GroupStack>(new RecordingMocks(), Run.Preview);
        var stack = (GroupStack)resources[0];

        Assert.Equal("urn:pulumi:dev::lab::pulumi:pulumi:Stack::lab-dev", await OutputUtilities.GetValueAsync(stack.Urn));
        Assert.Equal("urn:pulumi:dev::lab::pulumi:pulumi:Stack$test:lab:WidgetGroup::g", await OutputUtilities.GetValueAsync(stack.Group.Urn));
        // The real MockMonitor keeps only the root segment of the parent's qualified type.
        Assert.Equal("urn:pulumi:dev::lab::pulumi:pulumi:Stack$test:index/widget:Widget::g-member", await OutputUtilities.GetValueAsync(stack.Group.Member.Urn));
    }

    [Fact]
    public async Task Components_reach_NewResourceAsync_like_in_the_real_mock_monitor_but_the_stack_does_not()
    {
        var mocks = new RecordingMocks();

        await Deployment.TestAsync<GroupStack>(mocks, Run.Preview);

        Assert.Equal(new[] { Widget.Token, WidgetGroup.Token }, mocks.Resources.Select(r => r.Type).OrderBy(t => t, StringComparer.Ordinal));
        Assert.Empty(mocks.Single("g").Inputs);
    }

    [Fact]
    public async Task Registered_component_outputs_reach_the_mocks()
    {
        var mocks = new RecordingMocks();

        await Deployment.TestAsync<GroupStack>(mocks, Run.Preview);

        var group = mocks.RegisteredOutputs.Single(o => o.Urn.EndsWith("::g", StringComparison.Ordinal));
        Assert.Equal($"arn:test:{Widget.Token}:g-member", await OutputUtilities.GetValueAsync(group.Outputs["memberArn"]));
    }
}
