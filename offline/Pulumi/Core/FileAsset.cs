namespace Pulumi
{
    /// <summary>An asset whose content is a file on disk.</summary>
    public sealed class FileAsset : Asset
    {
        public FileAsset(string path)
            : base("path", path)
        {
        }
    }
}
