using System.Collections.Concurrent;
using System.Collections.Immutable;
using Pulumi.Testing;

namespace Lab.Offline.Tests;

/// <summary>
/// Mocks that record what reaches them. Each resource's state is its inputs plus what
/// <see cref="ExtraState"/> adds (by default an "arn"); invokes answer with <see cref="CallResult"/>.
/// </summary>
public sealed class RecordingMocks : IMocks
{
    public ConcurrentQueue<MockResourceArgs> Resources { get; } = new();

    public ConcurrentQueue<MockCallArgs> Calls { get; } = new();

    public ConcurrentQueue<MockRegisterResourceOutputsRequest> RegisteredOutputs { get; } = new();

    public Func<MockResourceArgs, IDictionary<string, object>> ExtraState { get; set; }
        = args => new Dictionary<string, object> { ["arn"] = $"arn:test:{args.Type}:{args.Name}" };

    public Func<MockCallArgs, object> CallResult { get; set; } = _ => ImmutableDictionary<string, object>.Empty;

    public MockResourceArgs Single(string name) => Resources.Single(r => r.Name == name);

    public Task<(string? id, object state)> NewResourceAsync(MockResourceArgs args)
    {
        Resources.Enqueue(args);
        var state = args.Inputs.SetItems(ExtraState(args));
        return Task.FromResult<(string?, object)>(($"{args.Name}-id", state));
    }

    public Task<object> CallAsync(MockCallArgs args)
    {
        Calls.Enqueue(args);
        return Task.FromResult(CallResult(args));
    }

    public Task RegisterResourceOutputs(MockRegisterResourceOutputsRequest args)
    {
        RegisteredOutputs.Enqueue(args);
        return Task.CompletedTask;
    }
}
