namespace Lab.Streams;

/// <summary>The Lambda calls `lab verify` needs; the one place AWSSDK.Lambda would plug in.</summary>
public interface ILambdaClient
{
    /// <summary>A synchronous (RequestResponse) invocation of <paramref name="functionName"/> with a JSON payload.</summary>
    Task<LambdaInvokeResult> InvokeAsync(string functionName, string payloadJson, CancellationToken ct = default);

    /// <summary>Every event source mapping whose target is <paramref name="functionName"/> (ListEventSourceMappings, all pages).</summary>
    Task<IReadOnlyList<EventSourceMappingState>> ListEventSourceMappingsAsync(string functionName, CancellationToken ct = default);
}

/// <param name="FunctionError">Lambda's X-Amz-Function-Error header ("Unhandled", "Handled"), null when the function succeeded.</param>
/// <param name="Payload">The function's response, or its error document when <see cref="FunctionError"/> is set.</param>
public sealed record LambdaInvokeResult(int StatusCode, string? FunctionError, string Payload)
{
    public bool Succeeded => FunctionError is null;
}

/// <summary>An event source mapping as ListEventSourceMappings reports it.</summary>
/// <param name="State">Creating, Enabling, Enabled, Disabling, Disabled, Updating or Deleting; only Enabled polls.</param>
public sealed record EventSourceMappingState(string Uuid, string EventSourceArn, string State, string? StateTransitionReason, string? LastProcessingResult)
{
    public const string Enabled = "Enabled";
    public bool IsEnabled => State == Enabled;
}
