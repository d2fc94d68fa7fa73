using System.Collections.Immutable;

namespace Lab.Infra.Planning;

/// <summary>The stack as declared for one student: every custom resource and the stack outputs.</summary>
public sealed record StackPlan(IReadOnlyList<PlannedResource> Resources, IReadOnlyDictionary<string, object?> Outputs)
{
    public IEnumerable<PlannedResource> OfType(string type) => Resources.Where(r => r.Type == type);

    public PlannedResource Single(string type, string name) =>
        Resources.SingleOrDefault(r => r.Type == type && r.Name == name)
        ?? throw new KeyNotFoundException($"The plan has no {type} named '{name}'. It has: {string.Join(", ", Resources.Select(r => $"{r.Type}::{r.Name}"))}");
}
