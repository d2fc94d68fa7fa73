namespace Pulumi
{
    /// <summary>A collection of assets: a file (zip/tar/jar) or directory, a remote URI or a map of assets.</summary>
    public abstract class Archive : AssetOrArchive
    {
        private protected Archive(string propName, object value)
            : base(AssetSignatures.Archive, propName, value)
        {
        }
    }
}
