namespace Lab.Local;

/// <summary>A key attribute and its DynamoDB scalar type (S, N or B).</summary>
public sealed record KeyAttribute(string Name, string Type)
{
    public override string ToString() => $"{Name} ({Type})";
}

public sealed record IndexDeclaration(
    string Name,
    KeyAttribute HashKey,
    KeyAttribute? RangeKey,
    string ProjectionType,
    IReadOnlyList<string> NonKeyAttributes,
    long? ReadCapacity,
    long? WriteCapacity);

/// <summary>The parts of an <c>aws:dynamodb/table:Table</c> declaration a local engine can honour.</summary>
public sealed record TableDeclaration(
    string Name,
    KeyAttribute HashKey,
    KeyAttribute? RangeKey,
    bool PayPerRequest,
    long? ReadCapacity,
    long? WriteCapacity,
    IReadOnlyList<IndexDeclaration> GlobalSecondaryIndexes,
    bool StreamEnabled,
    string? StreamViewType,
    IReadOnlyDictionary<string, string> Tags)
{
    /// <summary>Parses the inputs by Pulumi wire name; every problem names the table and the input.</summary>
    public static TableDeclaration FromInputs(IReadOnlyDictionary<string, object?> inputs, string? resourceName = null) =>
        TableDeclarationParser.Parse(inputs, resourceName);
}
