namespace Lab.Classroom.Quotas;

/// <summary>
/// One AWS default quota that a class can exhaust. <see cref="Default"/> gives the default for a Region (null: AWS
/// lists no quota); <see cref="Source"/> is the AWS page the number comes from.
/// </summary>
public sealed record Quota(string Key, string Name, string Unit, QuotaScope Scope, QuotaKind Kind, Func<string, double?> Default, string Source, string? Note = null)
{
    /// <summary>Whether a smaller capacityScale lowers this quota's usage.</summary>
    public bool ScalesWithCapacity => Key.StartsWith("dynamodb.", StringComparison.Ordinal) && Key.Contains("Capacity", StringComparison.Ordinal);
}
