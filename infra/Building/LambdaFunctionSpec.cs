using Pulumi;

namespace Lab.Infra.Building;

/// <summary>What a lab says about one of its functions; LabFunction turns it into resources.</summary>
public sealed record LambdaFunctionSpec
{
    /// <summary>The lab's own function name (LABS.md), e.g. "AggregateScoresByUser".</summary>
    public required string Name { get; init; }

    /// <summary>"Assembly::Type::Method" inside the published functions/ archive.</summary>
    public required string Handler { get; init; }

    public int TimeoutSeconds { get; init; } = 30;
    public int MemoryMb { get; init; } = 512;
    public int? ReservedConcurrency { get; init; }
    public IReadOnlyDictionary<string, Input<string>> Environment { get; init; } = new Dictionary<string, Input<string>>();

    /// <summary>Statements beyond writing its own log group, which every function gets.</summary>
    public IReadOnlyList<PolicyStatement> Statements { get; init; } = [];
}
