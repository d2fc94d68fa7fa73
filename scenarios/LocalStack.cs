using Lab.Infra.Planning;
using Lab.Local;
using Lab.Local.Deployment;
using Lab.Local.Emulation;

namespace Lab.Scenarios;

/// <summary>
/// One student's stack deployed into the local engines: the stack program evaluated under the local mocks
/// (tables and streams created), the handlers hosted in process, the event source mappings running.
/// `lab local` runs scenarios on it; `lab local --serve` serves it to `lab verify`.
/// </summary>
public sealed class LocalStack : IAsyncDisposable
{
    private LocalStack(StackPlan plan, StackOutputs outputs, LocalDeployment deployment, FunctionHost host, EventSourceMappingEmulator mappings)
    {
        Plan = plan;
        Outputs = outputs;
        Deployment = deployment;
        Host = host;
        Mappings = mappings;
    }

    /// <summary>What the stack program declared (physical names, references): `lab class local` checks isolation on it.</summary>
    public StackPlan Plan { get; }
    public StackOutputs Outputs { get; }
    public LocalDeployment Deployment { get; }
    public FunctionHost Host { get; }
    public EventSourceMappingEmulator Mappings { get; }

    /// <param name="config">Stack config with "student" and "labs" set.</param>
    public static async Task<LocalStack> DeployAsync(LocalEngines engines, IReadOnlyDictionary<string, string> config, string publishDirectory, Action<string> progress)
    {
        progress($"declaring the stack for student '{config["student"]}' ({config["labs"]}) in the local engines");
        var deployment = new LocalDeployment();
        var mocks = new LocalMocks(new MockArns(LocalEngines.Region, "000000000000"), engines, deployment);
        var plan = await StackEvaluator.EvaluateAsync(config["student"], config, publishDirectory, mocks);
        var outputs = StackOutputs.FromPlan(plan.Outputs);

        var host = new FunctionHost(engines.HandlerEnvironment);
        var mappings = new EventSourceMappingEmulator(engines, deployment, host);
        try
        {
            await mappings.StartAsync();
        }
        catch
        {
            await mappings.DisposeAsync();
            throw;
        }
        return new LocalStack(plan, outputs, deployment, host, mappings);
    }

    /// <summary>The config `lab local` deploys: the stack's config with the selected labs and the student (default "local").</summary>
    public static Dictionary<string, string> Config(IReadOnlyDictionary<string, string> stackConfig, IReadOnlyList<string> labs) =>
        new(stackConfig) { ["labs"] = string.Join(",", labs), ["student"] = stackConfig.GetValueOrDefault("student") ?? "local" };

    public ValueTask DisposeAsync() => Mappings.DisposeAsync();
}
