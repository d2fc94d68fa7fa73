using Lab.Local.Deployment;
using Lab.Local.Emulation;
using Lab.Testing;

namespace Lab.Local.Tests.Support;

/// <summary>
/// One function behind one event source mapping in a fresh <see cref="LocalDeployment"/>, with the emulator
/// running it against the shared engines. Dispose stops the emulator.
/// </summary>
public sealed class EmulatorRun : IAsyncDisposable
{
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromSeconds(30);

    private EmulatorRun(LocalDeployment deployment, DeclaredMapping mapping, EventSourceMappingEmulator emulator)
    {
        Deployment = deployment;
        Mapping = mapping;
        Emulator = emulator;
    }

    public LocalDeployment Deployment { get; }
    public DeclaredMapping Mapping { get; }
    public EventSourceMappingEmulator Emulator { get; }
    public IReadOnlyList<string> FailureMessages => Deployment.FailureMessages(Mapping.OnFailureDestinationArn!);

    /// <summary>A mapping with Lambda's defaults for a stream (TRIM_HORIZON, no window, no bisect, unbounded retries) and an on-failure destination; tests change what they exercise with <c>with</c>.</summary>
    public static DeclaredMapping DefaultMapping(string eventSourceArn) => new(
        Name: UniqueNames.Next("mapping"),
        EventSourceArn: eventSourceArn,
        FunctionArn: "",
        StartingPosition: "TRIM_HORIZON",
        BatchSize: 10,
        MaximumBatchingWindowInSeconds: 0,
        MaximumRetryAttempts: -1,
        BisectBatchOnFunctionError: false,
        ReportBatchItemFailures: false,
        ParallelizationFactor: 1,
        OnFailureDestinationArn: $"arn:aws:sqs:{LocalEngines.Region}:000000000000:{UniqueNames.Next("failures")}");

    public static async Task<EmulatorRun> StartAsync(LocalEngines engines, DeclaredMapping mapping, IFunctionRunner runner)
    {
        var physicalName = UniqueNames.Next("processor");
        var function = new DeclaredFunction("processor", physicalName,
            $"arn:aws:lambda:{LocalEngines.Region}:000000000000:function:{physicalName}", "Lab.Functions::Processor", new Dictionary<string, string>());
        var deployment = new LocalDeployment();
        deployment.Add(function);
        var bound = mapping with { FunctionArn = function.Arn };
        deployment.Add(bound);
        if (bound.OnFailureDestinationArn is { } destination) deployment.AddQueue(destination);
        var emulator = new EventSourceMappingEmulator(engines, deployment, runner);
        await emulator.StartAsync();
        return new EmulatorRun(deployment, bound, emulator);
    }

    public Task WaitForIdleAsync() => Emulator.WaitForIdleAsync(IdleTimeout);

    public ValueTask DisposeAsync() => Emulator.DisposeAsync();
}
