using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Lab.Streams;

/// <summary>
/// Lambda's REST-JSON protocol, SigV4-signed for service "lambda": Invoke
/// (POST /2015-03-31/functions/{name}/invocations) and ListEventSourceMappings
/// (GET /2015-03-31/event-source-mappings/?FunctionName=...).
/// </summary>
public sealed partial class LambdaClient : ILambdaClient
{
    // A synchronous invocation may run for Lambda's maximum of 15 minutes; the shared 30 s client of the JSON transport would cut it off.
    private static readonly HttpClient http = new() { Timeout = TimeSpan.FromMinutes(16) };

    private readonly Uri endpoint;
    private readonly string region;
    private readonly AwsCredentials credentials;

    public LambdaClient(AwsClientOptions options)
    {
        region = options.Region;
        var url = options.ServiceUrl ?? $"https://lambda.{region}.amazonaws.com";
        if (!Uri.TryCreate(url, UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https"))
            throw new ArgumentException($"Service URL '{url}' is not an absolute http(s) URL.", nameof(options));
        endpoint = new Uri(parsed, "/");
        credentials = options.ResolveCredentials();
    }

    public async Task<LambdaInvokeResult> InvokeAsync(string functionName, string payloadJson, CancellationToken ct = default)
    {
        CheckName(functionName);
        var operation = $"Lambda.Invoke({functionName})";
        var (response, payload) = await SendAsync(HttpMethod.Post, $"/2015-03-31/functions/{functionName}/invocations",
            Encoding.UTF8.GetBytes(payloadJson), [new("X-Amz-Invocation-Type", "RequestResponse")], operation, ct);
        using (response)
        {
            var functionError = response.Headers.TryGetValues("X-Amz-Function-Error", out var values) ? values.FirstOrDefault() : null;
            return new LambdaInvokeResult((int)response.StatusCode, string.IsNullOrEmpty(functionError) ? null : functionError, payload);
        }
    }

    public async Task<IReadOnlyList<EventSourceMappingState>> ListEventSourceMappingsAsync(string functionName, CancellationToken ct = default)
    {
        CheckName(functionName);
        var mappings = new List<EventSourceMappingState>();
        string? marker = null;
        do
        {
            // Query parameters in canonical (sorted, encoded) order, so the signed and the sent query are the same text.
            var query = marker is null
                ? $"FunctionName={Uri.EscapeDataString(functionName)}"
                : $"FunctionName={Uri.EscapeDataString(functionName)}&Marker={Uri.EscapeDataString(marker)}";
            var (response, payload) = await SendAsync(HttpMethod.Get, $"/2015-03-31/event-source-mappings/?{query}", [], [],
                $"Lambda.ListEventSourceMappings({functionName})", ct);
            response.Dispose();
            using var document = JsonDocument.Parse(payload);
            var root = document.RootElement;
            if (root.TryGetProperty("EventSourceMappings", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                foreach (var mapping in list.EnumerateArray())
                {
                    mappings.Add(new EventSourceMappingState(
                        Text(mapping, "UUID") ?? "", Text(mapping, "EventSourceArn") ?? "", Text(mapping, "State") ?? "",
                        Text(mapping, "StateTransitionReason"), Text(mapping, "LastProcessingResult")));
                }
            }
            var next = Text(root, "NextMarker");
            marker = string.IsNullOrEmpty(next) || next == marker ? null : next;
        } while (marker is not null);
        return mappings;
    }

    private async Task<(HttpResponseMessage Response, string Payload)> SendAsync(
        HttpMethod method, string pathAndQuery, byte[] body, IReadOnlyList<KeyValuePair<string, string>> extraHeaders, string operation, CancellationToken ct)
    {
        var time = DateTimeOffset.UtcNow;
        var amzDate = SigV4Signer.FormatAmzDate(time);
        var host = endpoint.IsDefaultPort ? endpoint.Host : $"{endpoint.Host}:{endpoint.Port}";
        const string contentType = "application/json";
        var hasBody = method != HttpMethod.Get;

        var signed = new List<KeyValuePair<string, string>> { new("Host", host), new("X-Amz-Date", amzDate) };
        if (hasBody) signed.Add(new("Content-Type", contentType));
        signed.AddRange(extraHeaders);
        if (credentials.SessionToken is not null) signed.Add(new("X-Amz-Security-Token", credentials.SessionToken));
        var signature = SigV4Signer.Sign(method.Method, pathAndQuery, signed, body, credentials, region, "lambda", time);

        using var request = new HttpRequestMessage(method, new Uri(endpoint, pathAndQuery));
        request.Headers.Host = host;
        request.Headers.TryAddWithoutValidation("X-Amz-Date", amzDate);
        foreach (var (name, value) in extraHeaders) request.Headers.TryAddWithoutValidation(name, value);
        if (credentials.SessionToken is not null) request.Headers.TryAddWithoutValidation("X-Amz-Security-Token", credentials.SessionToken);
        request.Headers.TryAddWithoutValidation("Authorization", signature.Authorization);
        if (hasBody)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        var response = await http.SendAsync(request, ct);
        var payload = await response.Content.ReadAsStringAsync(ct);
        if (response.IsSuccessStatusCode) return (response, payload);
        using (response) throw ToServiceException(operation, response, payload);
    }

    // Only plain names: an ARN's colons would need the double path encoding SigV4 applies to non-S3 services,
    // and the stack outputs carry names anyway.
    private static void CheckName(string functionName)
    {
        if (!FunctionNamePattern().IsMatch(functionName))
            throw new ArgumentException($"'{functionName}' is not a Lambda function name (1-64 of A-Z a-z 0-9 - _); pass the name from the stack outputs, not an ARN.", nameof(functionName));
    }

    private static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString() : null;

    // REST-JSON errors name their type in the x-amzn-ErrorType header, or in the body's "Type"/"__type".
    private static AwsServiceException ToServiceException(string operation, HttpResponseMessage response, string payload)
    {
        string type = "UnknownError", message = payload;
        if (response.Headers.TryGetValues("x-amzn-ErrorType", out var headerTypes))
            type = headerTypes.First().Split(':')[0];
        try
        {
            using var document = JsonDocument.Parse(payload);
            var root = document.RootElement;
            if (type == "UnknownError" && (root.TryGetProperty("__type", out var t) || root.TryGetProperty("Type", out t)) && t.GetString() is { } rawType)
                type = rawType[(rawType.LastIndexOf('#') + 1)..];
            if (root.TryGetProperty("message", out var m) || root.TryGetProperty("Message", out m))
                message = m.GetString() ?? "";
        }
        catch (JsonException) { /* not JSON (a proxy's page): keep the raw text */ }
        return new AwsServiceException(operation, type, message, response.StatusCode);
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex FunctionNamePattern();
}
