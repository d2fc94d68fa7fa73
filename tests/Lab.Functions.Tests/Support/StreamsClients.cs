using Lab.Streams;
using Lab.Testing;

namespace Lab.Functions.Tests.Support;

public static class StreamsClients
{
    public static DynamoDbStreamsClient For(DynamoDbLocalFixture fixture) =>
        new(new AwsClientOptions { ServiceUrl = fixture.Endpoint, Region = DynamoDbLocalFixture.Region, Credentials = AwsCredentials.LocalDummy });

    public static KinesisClient For(KinesaliteFixture fixture) =>
        new(new AwsClientOptions { ServiceUrl = fixture.Endpoint, Region = KinesaliteFixture.Region, Credentials = AwsCredentials.LocalDummy });
}
