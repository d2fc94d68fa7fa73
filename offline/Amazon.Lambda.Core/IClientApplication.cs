namespace Amazon.Lambda.Core
{
    /// <summary>Facade of Amazon.Lambda.Core's IClientApplication.</summary>
    public interface IClientApplication
    {
        string AppPackageName { get; }
        string AppTitle { get; }
        string AppVersionCode { get; }
        string AppVersionName { get; }
        string InstallationId { get; }
    }
}
