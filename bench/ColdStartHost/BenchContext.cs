using Amazon.Lambda.Core;

namespace Lab.Bench.ColdStartHost;

/// <summary>The context a cold start gets; log lines are dropped (the Lambda runtime would send them to CloudWatch).</summary>
internal sealed class BenchContext(string functionName) : ILambdaContext, ILambdaLogger
{
    public string AwsRequestId => "bench";
    public IClientContext ClientContext => null!;
    public string FunctionName => functionName;
    public string FunctionVersion => "$LATEST";
    public ICognitoIdentity Identity => null!;
    public string InvokedFunctionArn => $"arn:aws:lambda:us-east-1:000000000000:function:{functionName}";
    public ILambdaLogger Logger => this;
    public string LogGroupName => $"/aws/lambda/{functionName}";
    public string LogStreamName => "bench";
    public int MemoryLimitInMB => 512;
    public TimeSpan RemainingTime => TimeSpan.FromSeconds(30);

    public void Log(string message)
    {
    }

    public void LogLine(string message)
    {
    }

    public void Log(string level, string message)
    {
    }

    public void Log(string level, string message, params object[] args)
    {
    }
}
