using Amazon.Lambda.Core;

namespace Lab.Functions.Hosting;

/// <summary>The ILambdaContext an in-process invocation runs with: names as Lambda would give them, a deadline from the timeout.</summary>
public sealed class InProcessLambdaContext : ILambdaContext
{
    private readonly DateTimeOffset deadline;

    public InProcessLambdaContext(string functionName, TimeSpan timeout, ILambdaLogger logger)
    {
        FunctionName = functionName;
        Logger = logger;
        deadline = DateTimeOffset.UtcNow + timeout;
        LogGroupName = $"/aws/lambda/{functionName}";
        LogStreamName = $"{DateTime.UtcNow:yyyy/MM/dd}/[$LATEST]in-process";
        InvokedFunctionArn = $"arn:aws:lambda:local:000000000000:function:{functionName}";
    }

    public string AwsRequestId { get; } = Guid.NewGuid().ToString();
    public IClientContext ClientContext => null!;
    public string FunctionName { get; }
    public string FunctionVersion => "$LATEST";
    public ICognitoIdentity Identity => null!;
    public string InvokedFunctionArn { get; }
    public ILambdaLogger Logger { get; }
    public string LogGroupName { get; }
    public string LogStreamName { get; }
    public int MemoryLimitInMB => 512;
    public TimeSpan RemainingTime => deadline - DateTimeOffset.UtcNow is var left && left > TimeSpan.Zero ? left : TimeSpan.Zero;
}
