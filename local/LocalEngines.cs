using Amazon.DynamoDBv2;
using Amazon.Runtime;
using Lab.Engines;
using Lab.Streams;

namespace Lab.Local;

/// <summary>
/// DynamoDB Local and kinesalite on free ports, with the clients local mode needs, and the environment
/// that points a handler's AWS clients at them.
/// </summary>
public sealed class LocalEngines : IAsyncDisposable
{
    public const string Region = "us-east-1";
    private readonly DynamoDbLocal _dynamoDbLocal;
    private readonly Kinesalite _kinesalite;

    private LocalEngines(DynamoDbLocal dynamoDbLocal, Kinesalite kinesalite)
    {
        _dynamoDbLocal = dynamoDbLocal;
        _kinesalite = kinesalite;
        var credentials = new AwsCredentials("local", "local");
        DynamoDb = new AmazonDynamoDBClient(new BasicAWSCredentials("local", "local"),
            new AmazonDynamoDBConfig { ServiceURL = dynamoDbLocal.Endpoint, AuthenticationRegion = Region });
        Kinesis = new KinesisClient(new AwsClientOptions { ServiceUrl = kinesalite.Endpoint, Region = Region, Credentials = credentials });
        DynamoDbStreams = new DynamoDbStreamsClient(new AwsClientOptions { ServiceUrl = dynamoDbLocal.Endpoint, Region = Region, Credentials = credentials });
    }

    public IAmazonDynamoDB DynamoDb { get; }
    public IKinesisClient Kinesis { get; }
    public IDynamoDbStreamsClient DynamoDbStreams { get; }
    public string DynamoDbEndpoint => _dynamoDbLocal.Endpoint;

    /// <summary>Null while both engines run; otherwise which one died and how.</summary>
    public string? Failure => _dynamoDbLocal.ExitDescription ?? _kinesalite.ExitDescription;

    /// <summary>A line to show the user when an engine listens beyond 127.0.0.1 (no javac for DynamoDB Local's launcher), else null.</summary>
    public string? ExposureWarning => _dynamoDbLocal.LoopbackOnly ? null
        : $"DynamoDB Local listens on every interface (port {_dynamoDbLocal.Port}): install a Java 17 JDK (javac) so it binds to 127.0.0.1 only.";
    public string KinesisEndpoint => _kinesalite.Endpoint;

    /// <summary>Environment variables that send a handler's DynamoDB and Kinesis calls to these engines.</summary>
    public IReadOnlyDictionary<string, string> HandlerEnvironment => new Dictionary<string, string>
    {
        ["AWS_ENDPOINT_URL_DYNAMODB"] = DynamoDbEndpoint,
        ["AWS_ENDPOINT_URL_KINESIS"] = KinesisEndpoint,
        ["AWS_REGION"] = Region,
        ["AWS_ACCESS_KEY_ID"] = "local",
        ["AWS_SECRET_ACCESS_KEY"] = "local",
    };

    public static async Task<LocalEngines> StartAsync(CancellationToken ct = default)
    {
        var dynamo = DynamoDbLocal.StartAsync(ct);
        var kinesis = Kinesalite.StartAsync(ct);
        try
        {
            return new LocalEngines(await dynamo, await kinesis);
        }
        catch
        {
            if (dynamo.IsCompletedSuccessfully) await dynamo.Result.DisposeAsync();
            if (kinesis.IsCompletedSuccessfully) await kinesis.Result.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        DynamoDb.Dispose();
        await _dynamoDbLocal.DisposeAsync();
        await _kinesalite.DisposeAsync();
    }
}
