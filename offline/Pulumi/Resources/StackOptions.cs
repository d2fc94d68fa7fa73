namespace Pulumi
{
    /// <summary>Options of a <see cref="Stack"/> (transformations are not mirrored by this facade).</summary>
    public class StackOptions
    {
    }
}
