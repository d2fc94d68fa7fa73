using Amazon.DynamoDBv2;
using Amazon.Runtime;
using Lab.Engines;
using Xunit;

namespace Lab.Testing;

/// <summary>One DynamoDB Local per test collection ("dynamodb-local"); tests isolate themselves with <see cref="UniqueName"/>.</summary>
public sealed class DynamoDbLocalFixture : IAsyncLifetime
{
    /// <summary>DynamoDB Local ignores signatures, but the SDK needs some credentials and a region to sign with.</summary>
    public static readonly BasicAWSCredentials DummyCredentials = new("local", "local");
    public const string Region = "us-east-1";

    private DynamoDbLocal? engine;

    public DynamoDbLocal Engine => engine ?? throw new InvalidOperationException("DynamoDB Local is not started yet: the fixture's InitializeAsync has not run.");
    public string Endpoint => Engine.Endpoint;

    public async Task InitializeAsync() => engine = await DynamoDbLocal.StartAsync();

    public async Task DisposeAsync()
    {
        if (engine is not null) await engine.DisposeAsync();
    }

    /// <summary>A client for this engine; the caller disposes it.</summary>
    public AmazonDynamoDBClient CreateClient() => new(DummyCredentials, new AmazonDynamoDBConfig
    {
        ServiceURL = Endpoint,
        AuthenticationRegion = Region,
    });

    /// <summary>A table name no other test uses.</summary>
    public string UniqueName(string prefix) => UniqueNames.Next(prefix);
}

