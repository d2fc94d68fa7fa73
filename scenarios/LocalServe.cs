using Lab.Local;
using Lab.Local.Serving;

namespace Lab.Scenarios;

/// <summary>
/// `lab local --serve`: the local deployment `lab local` runs scenarios on, kept up for `lab verify` instead:
/// its stack outputs written to a file, DynamoDB Local and kinesalite plus a local Lambda/CloudWatch Logs
/// endpoint, and the environment variables that point the AWS SDKs and `lab verify` at them.
/// </summary>
public static class LocalServe
{
    public const string ReadyLine = "# lab local --serve: ready";

    /// <param name="ready">Gets the environment to export once everything is up.</param>
    public static async Task RunAsync(
        IReadOnlyDictionary<string, string> stackConfig, IReadOnlyList<string> labs, string publishDirectory, string outputsPath,
        Action<string> progress, Action<IReadOnlyDictionary<string, string>> ready, CancellationToken stop)
    {
        progress("starting DynamoDB Local and kinesalite");
        await using var engines = await LocalEngines.StartAsync(stop);
        if (engines.ExposureWarning is { } exposed) progress($"warning: {exposed}");
        await using var stack = await LocalStack.DeployAsync(engines, LocalStack.Config(stackConfig, labs), publishDirectory, progress);
        await using var server = LocalAwsServer.Start(stack.Deployment, stack.Host);

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outputsPath))!);
        await File.WriteAllTextAsync(outputsPath, stack.Outputs.Json, stop);
        ready(new Dictionary<string, string>
        {
            ["AWS_ENDPOINT_URL_DYNAMODB"] = engines.DynamoDbEndpoint,
            ["AWS_ENDPOINT_URL_KINESIS"] = engines.KinesisEndpoint,
            ["AWS_ENDPOINT_URL_LAMBDA"] = server.Endpoint,
            ["AWS_ENDPOINT_URL_CLOUDWATCH_LOGS"] = server.Endpoint,
            ["AWS_ACCESS_KEY_ID"] = "local",
            ["AWS_SECRET_ACCESS_KEY"] = "local",
            ["AWS_REGION"] = LocalEngines.Region,
        });
        try
        {
            await Task.Delay(Timeout.Infinite, stop);
        }
        catch (OperationCanceledException)
        {
            progress("stopping");
        }
    }
}
