namespace Lab.Infra.Building;

/// <summary>A key attribute: its name and DynamoDB scalar type (S, N or B).</summary>
public sealed record TableKey(string Name, string Type)
{
    public static TableKey S(string name) => new(name, "S");
    public static TableKey N(string name) => new(name, "N");
}
