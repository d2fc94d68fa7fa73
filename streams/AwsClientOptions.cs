namespace Lab.Streams;

/// <summary>Where and as whom a stream client talks.</summary>
public sealed record AwsClientOptions
{
    /// <summary>Endpoint override for the local engines, e.g. "http://127.0.0.1:4567"; null means the service's regional endpoint.</summary>
    public string? ServiceUrl { get; init; }
    public string Region { get; init; } = "us-east-1";
    /// <summary>Null means <see cref="AwsCredentialResolver.Resolve(string?)"/>.</summary>
    public AwsCredentials? Credentials { get; init; }

    internal AwsCredentials ResolveCredentials() => Credentials ?? AwsCredentialResolver.Resolve(ServiceUrl);
}
