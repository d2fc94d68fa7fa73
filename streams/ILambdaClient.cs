namespace Lab.Streams;

/// <summary>The one Lambda call `lab verify` needs; the one place AWSSDK.Lambda would plug in.</summary>
public interface ILambdaInvokeClient
{
    /// <summary>A synchronous (RequestResponse) invocation of <paramref name="functionName"/> (a name or ARN) with a JSON payload.</summary>
    Task<LambdaInvokeResult> InvokeAsync(string functionName, string payloadJson, CancellationToken ct = default);
}

/// <param name="FunctionError">Lambda's X-Amz-Function-Error header ("Unhandled", "Handled"), null when the function succeeded.</param>
/// <param name="Payload">The function's response, or its error document when <see cref="FunctionError"/> is set.</param>
public sealed record LambdaInvokeResult(int StatusCode, string? FunctionError, string Payload)
{
    public bool Succeeded => FunctionError is null;
}
