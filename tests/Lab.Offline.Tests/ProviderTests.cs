using Pulumi;

namespace Lab.Offline.Tests;

public class ProviderTests
{
    public sealed class TestProvider : ProviderResource
    {
        public TestProvider(string name, TestProviderArgs args)
            : base("test", name, args, new CustomResourceOptions())
        {
        }
    }

    public sealed class TestProviderArgs : ResourceArgs
    {
        [Input("region")]
        public Input<string>? Region { get; set; }
    }

    private const string ProviderReference = "urn:pulumi:dev::lab::pulumi:pulumi:Stack$pulumi:providers:test::eu::eu-id";

    [Fact]
    public async Task An_explicit_provider_is_registered_and_referenced_by_urn_and_id()
    {
        var mocks = new RecordingMocks();

        await Run.ProgramAsync(mocks, () =>
        {
            var provider = new TestProvider("eu", new TestProviderArgs { Region = "eu-west-1" });
            new Widget("orders", new WidgetArgs { HashKey = "pk" }, new CustomResourceOptions { Provider = provider });
        });

        Assert.Equal("pulumi:providers:test", mocks.Single("eu").Type);
        Assert.Equal("eu-west-1", mocks.Single("eu").Inputs["region"]);
        Assert.Equal(ProviderReference, mocks.Single("orders").Provider);
    }

    [Fact]
    public async Task Children_of_a_component_inherit_its_provider_for_their_package()
    {
        var mocks = new RecordingMocks();

        await Run.ProgramAsync(mocks, () =>
        {
            var provider = new TestProvider("eu", new TestProviderArgs { Region = "eu-west-1" });
            new WidgetGroup("g", new ComponentResourceOptions { Providers = { provider } });
            new Widget("outside", new WidgetArgs { HashKey = "pk" });
        });

        Assert.Equal(ProviderReference, mocks.Single("g-member").Provider);
        Assert.Equal("", mocks.Single("outside").Provider);
    }

    [Fact]
    public async Task A_resource_waits_for_what_it_depends_on_before_it_registers()
    {
        var mocks = new SlowFirstMocks();

        await Run.ProgramAsync(mocks, () =>
        {
            var slow = new Widget("slow", new WidgetArgs { HashKey = "pk" });
            new Widget("after", new WidgetArgs { HashKey = "pk" }, new CustomResourceOptions { DependsOn = { slow } });
        });

        Assert.Equal(new[] { "slow", "after" }, mocks.Completed);
    }

    /// <summary>Answers "slow" only after a delay, and records the order in which answers complete.</summary>
    private sealed class SlowFirstMocks : Pulumi.Testing.IMocks
    {
        private readonly object _gate = new();

        public List<string> Completed { get; } = new();

        public async Task<(string? id, object state)> NewResourceAsync(Pulumi.Testing.MockResourceArgs args)
        {
            if (args.Name == "slow")
            {
                await Task.Delay(200);
            }

            lock (_gate)
            {
                Completed.Add(args.Name!);
            }

            return ($"{args.Name}-id", args.Inputs);
        }

        public Task<object> CallAsync(Pulumi.Testing.MockCallArgs args) => Task.FromResult<object>(new Dictionary<string, object>());
    }
}
