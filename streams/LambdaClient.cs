using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Lab.Streams;

/// <summary>Lambda Invoke over its REST-JSON protocol (POST /2015-03-31/functions/{name}/invocations), SigV4-signed for service "lambda".</summary>
public sealed partial class LambdaInvokeClient : ILambdaInvokeClient
{
    // A synchronous invocation may run for Lambda's maximum of 15 minutes; the shared 30 s client of the JSON transport would cut it off.
    private static readonly HttpClient http = new() { Timeout = TimeSpan.FromMinutes(16) };

    private readonly Uri endpoint;
    private readonly string region;
    private readonly AwsCredentials credentials;

    public LambdaInvokeClient(AwsClientOptions options)
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
        // Only plain names: an ARN's colons would need the double path encoding SigV4 applies to non-S3 services,
        // and the stack outputs carry names anyway.
        if (!FunctionNamePattern().IsMatch(functionName))
            throw new ArgumentException($"'{functionName}' is not a Lambda function name (1-64 of A-Z a-z 0-9 - _); pass the name from the stack outputs, not an ARN.", nameof(functionName));
        var path = $"/2015-03-31/functions/{functionName}/invocations";
        var body = Encoding.UTF8.GetBytes(payloadJson);
        var time = DateTimeOffset.UtcNow;
        var amzDate = SigV4Signer.FormatAmzDate(time);
        var host = endpoint.IsDefaultPort ? endpoint.Host : $"{endpoint.Host}:{endpoint.Port}";
        const string contentType = "application/json";

        var signed = new List<KeyValuePair<string, string>>
        {
            new("Content-Type", contentType),
            new("Host", host),
            new("X-Amz-Date", amzDate),
            new("X-Amz-Invocation-Type", "RequestResponse"),
        };
        if (credentials.SessionToken is not null) signed.Add(new("X-Amz-Security-Token", credentials.SessionToken));
        var signature = SigV4Signer.Sign("POST", path, signed, body, credentials, region, "lambda", time);

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(endpoint, path));
        request.Headers.Host = host;
        request.Headers.TryAddWithoutValidation("X-Amz-Date", amzDate);
        request.Headers.TryAddWithoutValidation("X-Amz-Invocation-Type", "RequestResponse");
        if (credentials.SessionToken is not null) request.Headers.TryAddWithoutValidation("X-Amz-Security-Token", credentials.SessionToken);
        request.Headers.TryAddWithoutValidation("Authorization", signature.Authorization);
        request.Content = new ByteArrayContent(body);
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        using var response = await http.SendAsync(request, ct);
        var payload = await response.Content.ReadAsStringAsync(ct);
        var operation = $"Lambda.Invoke({functionName})";
        if (!response.IsSuccessStatusCode) throw ToServiceException(operation, response, payload);
        var functionError = response.Headers.TryGetValues("X-Amz-Function-Error", out var values) ? values.FirstOrDefault() : null;
        return new LambdaInvokeResult((int)response.StatusCode, string.IsNullOrEmpty(functionError) ? null : functionError, payload);
    }

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
