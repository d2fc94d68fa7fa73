namespace Lab.Streams;

/// <summary>
/// Endpoint overrides as the AWS SDKs and CLI read them: AWS_ENDPOINT_URL_&lt;SERVICE&gt; first, then the
/// global AWS_ENDPOINT_URL; null means the service's regional endpoint.
/// </summary>
public static class AwsEndpoints
{
    public const string DynamoDb = "DYNAMODB";
    public const string Kinesis = "KINESIS";
    public const string Lambda = "LAMBDA";
    public const string CloudWatchLogs = "CLOUDWATCH_LOGS";

    /// <param name="service">The service identifier as the variable spells it, e.g. <see cref="CloudWatchLogs"/>.</param>
    public static string? Resolve(string service, Func<string, string?> environment)
    {
        foreach (var name in new[] { $"AWS_ENDPOINT_URL_{service}", "AWS_ENDPOINT_URL" })
        {
            var value = environment(name);
            if (string.IsNullOrWhiteSpace(value)) continue;
            return Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
                ? value.TrimEnd('/')
                : throw new InvalidOperationException($"{name}='{value}' is not an absolute http(s) URL; expected e.g. http://127.0.0.1:8000.");
        }
        return null;
    }

    /// <summary>AWS_REGION, then AWS_DEFAULT_REGION, then <paramref name="fallback"/> (e.g. the stack outputs' region).</summary>
    public static string ResolveRegion(Func<string, string?> environment, string? fallback) =>
        new[] { environment("AWS_REGION"), environment("AWS_DEFAULT_REGION"), fallback }.FirstOrDefault(r => !string.IsNullOrWhiteSpace(r))
        ?? throw new InvalidOperationException("No AWS region: set AWS_REGION (or AWS_DEFAULT_REGION), or give stack outputs with a 'region'.");
}
