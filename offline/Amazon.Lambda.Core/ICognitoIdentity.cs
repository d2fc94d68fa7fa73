namespace Amazon.Lambda.Core
{
    /// <summary>Facade of Amazon.Lambda.Core's ICognitoIdentity.</summary>
    public interface ICognitoIdentity
    {
        string IdentityId { get; }
        string IdentityPoolId { get; }
    }
}
