namespace Pulumi
{
    /// <summary>An asset whose content is a literal string.</summary>
    public sealed class StringAsset : Asset
    {
        public StringAsset(string text)
            : base("text", text)
        {
        }
    }
}
