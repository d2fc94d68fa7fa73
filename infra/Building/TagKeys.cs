namespace Lab.Infra.Building;

/// <summary>Tag keys on every taggable resource; the policy pack and clean-up tooling rely on them.</summary>
public static class TagKeys
{
    public const string Student = "student";
    public const string Lab = "lab";
    public const string Stack = "stack";
    public const string Expiry = "expiry";
}
