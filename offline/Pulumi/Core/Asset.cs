namespace Pulumi
{
    /// <summary>A blob of content: a file, a remote URI or a literal string.</summary>
    public abstract class Asset : AssetOrArchive
    {
        private protected Asset(string propName, object value)
            : base(AssetSignatures.Asset, propName, value)
        {
        }
    }
}
