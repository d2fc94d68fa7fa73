using Lab.Streams;

namespace Lab.Cli.Tests;

/// <summary>How `lab verify` finds its endpoints and region: the variables the AWS SDKs and CLI read, in their order.</summary>
public sealed class AwsEndpointsTests
{
    private static Func<string, string?> Env(params (string Name, string Value)[] variables) =>
        name => variables.Where(v => v.Name == name).Select(v => v.Value).FirstOrDefault();

    [Fact]
    public void The_service_variable_wins_over_the_global_one_and_neither_means_AWS_itself()
    {
        var environment = Env(("AWS_ENDPOINT_URL", "http://127.0.0.1:1000"), ("AWS_ENDPOINT_URL_CLOUDWATCH_LOGS", "http://127.0.0.1:2000/"));
        Assert.Equal("http://127.0.0.1:2000", AwsEndpoints.Resolve(AwsEndpoints.CloudWatchLogs, environment));
        Assert.Equal("http://127.0.0.1:1000", AwsEndpoints.Resolve(AwsEndpoints.Lambda, environment));
        Assert.Null(AwsEndpoints.Resolve(AwsEndpoints.DynamoDb, Env()));
    }

    [Fact]
    public void A_malformed_endpoint_names_the_variable_and_its_value()
    {
        var error = Assert.Throws<InvalidOperationException>(() => AwsEndpoints.Resolve(AwsEndpoints.Kinesis, Env(("AWS_ENDPOINT_URL_KINESIS", "localhost:4567"))));
        Assert.Contains("AWS_ENDPOINT_URL_KINESIS='localhost:4567'", error.Message);
    }

    [Fact]
    public void Region_comes_from_AWS_REGION_then_AWS_DEFAULT_REGION_then_the_outputs()
    {
        Assert.Equal("eu-west-1", AwsEndpoints.ResolveRegion(Env(("AWS_REGION", "eu-west-1"), ("AWS_DEFAULT_REGION", "us-west-2")), "ap-south-1"));
        Assert.Equal("us-west-2", AwsEndpoints.ResolveRegion(Env(("AWS_DEFAULT_REGION", "us-west-2")), "ap-south-1"));
        Assert.Equal("ap-south-1", AwsEndpoints.ResolveRegion(Env(), "ap-south-1"));
        Assert.Throws<InvalidOperationException>(() => AwsEndpoints.ResolveRegion(Env(), null));
    }
}
