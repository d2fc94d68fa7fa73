namespace Pulumi
{
    /// <summary>An archive read from a path: a directory, or a .zip/.tar/.tgz/.jar file.</summary>
    public sealed class FileArchive : Archive
    {
        public FileArchive(string path)
            : base("path", path)
        {
        }
    }
}
