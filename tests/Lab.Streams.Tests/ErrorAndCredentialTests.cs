using System.Net;

namespace Lab.Streams.Tests;

public sealed class ErrorAndCredentialTests
{
    [Theory]
    [InlineData("ProvisionedThroughputExceededException", true)]
    [InlineData("LimitExceededException", true)]
    [InlineData("ResourceNotFoundException", false)]
    public void Throttling_errors_are_recognisable(string type, bool throttling) =>
        Assert.Equal(throttling, new AwsServiceException("Kinesis_20131202.GetRecords", type, "m", HttpStatusCode.BadRequest).IsThrottling);

    [Fact]
    public void Environment_credentials_win_and_carry_the_session_token()
    {
        var env = new Dictionary<string, string?> { ["AWS_ACCESS_KEY_ID"] = "AKID", ["AWS_SECRET_ACCESS_KEY"] = "secret", ["AWS_SESSION_TOKEN"] = "token" };
        Assert.Equal(new AwsCredentials("AKID", "secret", "token"), AwsCredentialResolver.Resolve("http://127.0.0.1:1", k => env.GetValueOrDefault(k)));
    }

    [Fact]
    public void Dummy_credentials_only_with_an_endpoint_override()
    {
        Assert.Equal(AwsCredentials.LocalDummy, AwsCredentialResolver.Resolve("http://127.0.0.1:1", _ => null));
        var error = Assert.Throws<InvalidOperationException>(() => AwsCredentialResolver.Resolve(null, _ => null));
        Assert.Contains("AWS_ACCESS_KEY_ID", error.Message);
    }

    [Fact]
    public void Stream_ARNs_resolve_to_names_and_bad_ARNs_are_named()
    {
        Assert.Equal("orders", StreamNames.FromNameOrArn("arn:aws:kinesis:us-east-1:123456789012:stream/orders"));
        Assert.Equal("orders", StreamNames.FromNameOrArn("orders"));
        var error = Assert.Throws<ArgumentException>(() => StreamNames.FromNameOrArn("arn:aws:sqs:us-east-1:1:queue"));
        Assert.Contains("arn:aws:sqs:us-east-1:1:queue", error.Message);
    }
}
