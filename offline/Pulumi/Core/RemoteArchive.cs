namespace Pulumi
{
    /// <summary>An archive fetched from a URI.</summary>
    public sealed class RemoteArchive : Archive
    {
        public RemoteArchive(string uri)
            : base("uri", uri)
        {
        }
    }
}
