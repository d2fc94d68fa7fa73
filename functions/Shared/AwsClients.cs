using System.Collections.Concurrent;
using Amazon.DynamoDBv2;
using Amazon.Runtime;

namespace Lab.Functions.Shared;

/// <summary>
/// AWS clients built once per container (per endpoint and region), as Lambda reuses the process between
/// invocations. AWS_ENDPOINT_URL_DYNAMODB / AWS_ENDPOINT_URL point them at local engines, the same variables
/// the AWS SDKs honour.
/// </summary>
public static class AwsClients
{
    private static readonly ConcurrentDictionary<string, IAmazonDynamoDB> DynamoDbClients = new();

    public static string Region(FunctionSettings settings) => settings.Optional("AWS_REGION") ?? settings.Optional("AWS_DEFAULT_REGION") ?? "us-east-1";

    public static string? Endpoint(FunctionSettings settings, string service) =>
        settings.Optional($"AWS_ENDPOINT_URL_{service}") ?? settings.Optional("AWS_ENDPOINT_URL");

    public static IAmazonDynamoDB DynamoDb(FunctionSettings settings)
    {
        var endpoint = Endpoint(settings, "DYNAMODB");
        var region = Region(settings);
        var credentials = Credentials(settings, endpoint);
        var cacheKey = $"{endpoint}|{region}|{credentials?.GetCredentials().AccessKey}";
        return DynamoDbClients.GetOrAdd(cacheKey, _ =>
        {
            var config = new AmazonDynamoDBConfig();
            if (endpoint is null)
            {
                config.RegionEndpoint = Amazon.RegionEndpoint.GetBySystemName(region);
            }
            else
            {
                config.ServiceURL = endpoint;
                config.AuthenticationRegion = region;
            }
            return credentials is null ? new AmazonDynamoDBClient(config) : new AmazonDynamoDBClient(credentials, config);
        });
    }

    /// <summary>Explicit keys when given; placeholder keys for a local engine (which ignores them); otherwise the SDK's default chain.</summary>
    public static AWSCredentials? Credentials(FunctionSettings settings, string? endpoint)
    {
        var accessKey = settings.Optional("AWS_ACCESS_KEY_ID");
        var secretKey = settings.Optional("AWS_SECRET_ACCESS_KEY");
        if (accessKey is not null && secretKey is not null)
        {
            var token = settings.Optional("AWS_SESSION_TOKEN");
            return token is null ? new BasicAWSCredentials(accessKey, secretKey) : new SessionAWSCredentials(accessKey, secretKey, token);
        }
        return endpoint is null ? null : new BasicAWSCredentials("local", "local");
    }
}
