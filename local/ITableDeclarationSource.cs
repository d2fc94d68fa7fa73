namespace Lab.Local;

/// <summary>
/// Where a lab's declared tables come from. The stack is the only owner of table definitions:
/// the stack-backed implementation hands over exactly the inputs the Pulumi program declares, so
/// local tables can never drift from deployed ones.
/// </summary>
public interface ITableDeclarationSource
{
    /// <summary>The declared <c>aws:dynamodb/table:Table</c> resources of one lab (e.g. "designPatterns").</summary>
    Task<IReadOnlyList<DeclaredTable>> GetTablesAsync(string lab, CancellationToken ct = default);
}

/// <param name="Key">The lab's own name for the table ("tlog"), used as the key in stack outputs.</param>
/// <param name="Inputs">The resource inputs by Pulumi wire name ("name", "hashKey", "attributes", …).</param>
public sealed record DeclaredTable(string Key, IReadOnlyDictionary<string, object?> Inputs);
