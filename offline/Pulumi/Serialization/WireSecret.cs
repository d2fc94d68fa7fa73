namespace Pulumi.Serialization
{
    /// <summary>The wire form of a secret value (the real SDK's secret signature struct).</summary>
    internal sealed record WireSecret(object? Value);
}
