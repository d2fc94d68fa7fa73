using System.Collections.Concurrent;
using System.Collections.Immutable;
using Pulumi.Testing;

namespace Lab.Infra.Planning;

/// <summary>
/// Pulumi mocks that record every declared resource and answer with the outputs AWS would compute
/// (MockArns). Local mode derives from it to also create the resources in the local engines.
/// </summary>
public class PlanMocks(MockArns arns) : IMocks
{
    private readonly ConcurrentQueue<PlannedResource> _declared = new();

    public MockArns Arns { get; } = arns;

    /// <summary>Resources in the order the program declared them.</summary>
    public IReadOnlyList<PlannedResource> Declared => _declared.ToList();

    public async Task<(string? id, object state)> NewResourceAsync(MockResourceArgs args)
    {
        var type = args.Type ?? throw new ArgumentException("A resource reached the mocks without a type token.");
        var name = args.Name ?? throw new ArgumentException($"A {type} reached the mocks without a name.");
        var inputs = args.Inputs ?? ImmutableDictionary<string, object>.Empty;
        // Pulumi's mocks see component resources too; they have no cloud counterpart.
        if (type.StartsWith(Configuration.LabConfig.Project + ":", StringComparison.Ordinal)) return ($"{name}-component", inputs);
        _declared.Enqueue(new PlannedResource(type, name, inputs));

        var computed = await MaterializeAsync(type, name, inputs, Arns.Outputs(type, name, inputs));
        var state = inputs.SetItems(computed);
        var id = state.TryGetValue("name", out var physical) && physical is string s ? s : $"{name}-id";
        return (id, state);
    }

    /// <summary>Where a derived mock creates the real thing; returns the outputs to report back.</summary>
    protected virtual Task<ImmutableDictionary<string, object>> MaterializeAsync(
        string type, string name, ImmutableDictionary<string, object> inputs, ImmutableDictionary<string, object> computed) =>
        Task.FromResult(computed);

    public Task<object> CallAsync(MockCallArgs args)
    {
        object result = args.Token switch
        {
            "aws:index/getRegion:getRegion" => new Dictionary<string, object>
            {
                ["region"] = Arns.Region, ["name"] = Arns.Region, ["id"] = Arns.Region,
                ["endpoint"] = $"ec2.{Arns.Region}.amazonaws.com", ["description"] = Arns.Region,
            },
            _ => throw new NotSupportedException($"The offline plan has no answer for invoke '{args.Token}'."),
        };
        return Task.FromResult(result);
    }

    public Task RegisterResourceOutputs(MockRegisterResourceOutputsRequest args) => Task.CompletedTask;
}
