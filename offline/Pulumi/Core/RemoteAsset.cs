namespace Pulumi
{
    /// <summary>An asset whose content is fetched from a URI.</summary>
    public sealed class RemoteAsset : Asset
    {
        public RemoteAsset(string uri)
            : base("uri", uri)
        {
        }
    }
}
