using Amazon.Runtime.Credentials;
using Lab.Streams;

namespace Lab.Scenarios;

/// <summary>
/// Credentials for `lab verify`: AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY(/AWS_SESSION_TOKEN) when set, otherwise
/// the AWS SDK's default chain (profile, SSO, container or instance role), so the small signed clients use the
/// same identity as the DynamoDB client.
/// </summary>
public static class AwsCredentialChain
{
    public static async Task<AwsCredentials> ResolveAsync(Func<string, string?> environment)
    {
        if (!string.IsNullOrEmpty(environment("AWS_ACCESS_KEY_ID")) || !string.IsNullOrEmpty(environment("AWS_SECRET_ACCESS_KEY")))
            return AwsCredentialResolver.Resolve(null, environment);
        try
        {
            var credentials = await DefaultAWSCredentialsIdentityResolver.GetCredentialsAsync();
            var keys = await credentials.GetCredentialsAsync();
            return new AwsCredentials(keys.AccessKey, keys.SecretKey, keys.UseToken ? keys.Token : null);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            throw new InvalidOperationException(
                "No AWS credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN), or AWS_PROFILE, " +
                $"or run where a role is available. The AWS SDK said: {error.Message}", error);
        }
    }
}
