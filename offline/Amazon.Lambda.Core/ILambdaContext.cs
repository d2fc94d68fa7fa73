namespace Amazon.Lambda.Core
{
    using System;

    /// <summary>Facade of Amazon.Lambda.Core's ILambdaContext: information about the running invocation.</summary>
    public interface ILambdaContext
    {
        string AwsRequestId { get; }
        IClientContext ClientContext { get; }
        string FunctionName { get; }
        string FunctionVersion { get; }
        ICognitoIdentity Identity { get; }
        string InvokedFunctionArn { get; }
        ILambdaLogger Logger { get; }
        string LogGroupName { get; }
        string LogStreamName { get; }
        int MemoryLimitInMB { get; }
        TimeSpan RemainingTime { get; }

        // Default members of the real package's net8.0 build (2.8.0), which a net10.0 consumer gets.
        string TenantId { get { return string.Empty; } }

        string TraceId { get { return string.Empty; } }
    }
}
