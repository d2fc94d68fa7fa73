namespace Lab.Local.Deployment;

/// <summary>A function as the stack declared it: the lab's name for it, its physical name, handler and environment,
/// its timeout and its reserved concurrency (null: none reserved).</summary>
public sealed record DeclaredFunction(
    string LogicalName, string PhysicalName, string Arn, string Handler, IReadOnlyDictionary<string, string> Environment,
    int TimeoutSeconds = 3, int? ReservedConcurrency = null);
