namespace Amazon.Lambda.Core
{
    using System.Collections.Generic;

    /// <summary>Facade of Amazon.Lambda.Core's IClientContext (mobile SDK client information).</summary>
    public interface IClientContext
    {
        IDictionary<string, string> Environment { get; }
        IClientApplication Client { get; }
        IDictionary<string, string> Custom { get; }
    }
}
