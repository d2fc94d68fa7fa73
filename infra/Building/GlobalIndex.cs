namespace Lab.Infra.Building;

/// <summary>A global secondary index with its own provisioned capacity (before the config scale).</summary>
public sealed record GlobalIndex(
    string Name, TableKey Hash, TableKey? Range, string ProjectionType, int ReadCapacity, int WriteCapacity,
    IReadOnlyList<string>? NonKeyAttributes = null);
