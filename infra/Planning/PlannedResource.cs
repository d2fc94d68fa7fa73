using System.Collections.Immutable;

namespace Lab.Infra.Planning;

/// <summary>A custom resource as the stack declared it: type token, logical name, inputs by wire name.</summary>
public sealed record PlannedResource(string Type, string Name, ImmutableDictionary<string, object> Inputs)
{
    /// <summary>The logical name of the lab component that declared it, or null for stack-level resources.</summary>
    public string? Parent { get; init; }

    /// <summary>The resources it was declared to wait for (DependsOn), as (type, logical name).</summary>
    public IReadOnlyList<(string Type, string Name)> DependsOn { get; init; } = [];
}
