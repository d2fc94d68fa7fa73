namespace Lab.Streams;

/// <summary>The keys a request is signed with; <see cref="SessionToken"/> is set for temporary (STS) credentials.</summary>
public sealed record AwsCredentials(string AccessKeyId, string SecretAccessKey, string? SessionToken = null)
{
    /// <summary>Local engines do not check signatures, but still expect a well-formed one.</summary>
    public static AwsCredentials LocalDummy { get; } = new("local", "local");

    public override string ToString() => $"AwsCredentials {{ AccessKeyId = {AccessKeyId}, SecretAccessKey = ***, SessionToken = {(SessionToken is null ? "none" : "***")} }}";
}

/// <summary>Finds credentials the way the AWS CLI does for the simple case: environment variables.</summary>
public static class AwsCredentialResolver
{
    /// <summary>
    /// AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN; dummy credentials only when
    /// <paramref name="serviceUrlOverride"/> points at a local engine, so real AWS never sees made-up keys.
    /// </summary>
    public static AwsCredentials Resolve(string? serviceUrlOverride) => Resolve(serviceUrlOverride, Environment.GetEnvironmentVariable);

    public static AwsCredentials Resolve(string? serviceUrlOverride, Func<string, string?> environment)
    {
        var accessKey = environment("AWS_ACCESS_KEY_ID");
        var secretKey = environment("AWS_SECRET_ACCESS_KEY");
        var token = environment("AWS_SESSION_TOKEN");
        if (!string.IsNullOrEmpty(accessKey) && !string.IsNullOrEmpty(secretKey))
            return new AwsCredentials(accessKey, secretKey, string.IsNullOrEmpty(token) ? null : token);
        if (!string.IsNullOrEmpty(accessKey) || !string.IsNullOrEmpty(secretKey))
            throw new InvalidOperationException("Only one of AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY is set; set both or neither.");
        if (!string.IsNullOrEmpty(serviceUrlOverride))
            return AwsCredentials.LocalDummy;
        throw new InvalidOperationException("No AWS credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN for temporary credentials), or give a local endpoint.");
    }
}
