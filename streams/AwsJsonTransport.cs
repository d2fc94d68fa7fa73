using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Lab.Streams;

/// <summary>Sends one signed AWS JSON-protocol call (POST / with X-Amz-Target) and returns the parsed response.</summary>
internal sealed class AwsJsonTransport
{
    // One HttpClient for the process: creating one per call exhausts sockets under load.
    private static readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(30) };

    private readonly Uri endpoint;
    private readonly string region;
    private readonly string signingService;
    private readonly string targetPrefix;
    private readonly string contentType;
    private readonly AwsCredentials credentials;

    public AwsJsonTransport(AwsClientOptions options, string endpointPrefix, string signingService, string targetPrefix, string contentType)
    {
        region = options.Region;
        var url = options.ServiceUrl ?? $"https://{endpointPrefix}.{region}.amazonaws.com";
        if (!Uri.TryCreate(url, UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https"))
            throw new ArgumentException($"Service URL '{url}' is not an absolute http(s) URL.", nameof(options));
        endpoint = new Uri(parsed, "/");
        this.signingService = signingService;
        this.targetPrefix = targetPrefix;
        this.contentType = contentType;
        credentials = options.ResolveCredentials();
    }

    /// <summary>The region requests are signed for; also what event records report as awsRegion.</summary>
    public string Region => region;

    public async Task<JsonElement> SendAsync(string operation, Action<Utf8JsonWriter> writeBody, CancellationToken ct)
    {
        var body = WriteJson(writeBody);
        var target = $"{targetPrefix}.{operation}";
        var time = DateTimeOffset.UtcNow;
        var amzDate = SigV4Signer.FormatAmzDate(time);
        var host = endpoint.IsDefaultPort ? endpoint.Host : $"{endpoint.Host}:{endpoint.Port}";

        var signed = new List<KeyValuePair<string, string>>
        {
            new("Content-Type", contentType),
            new("Host", host),
            new("X-Amz-Date", amzDate),
            new("X-Amz-Target", target),
        };
        if (credentials.SessionToken is not null) signed.Add(new("X-Amz-Security-Token", credentials.SessionToken));
        var signature = SigV4Signer.Sign("POST", "/", signed, body, credentials, region, signingService, time);

        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint);
        request.Headers.Host = host;
        request.Headers.TryAddWithoutValidation("X-Amz-Date", amzDate);
        request.Headers.TryAddWithoutValidation("X-Amz-Target", target);
        if (credentials.SessionToken is not null) request.Headers.TryAddWithoutValidation("X-Amz-Security-Token", credentials.SessionToken);
        request.Headers.TryAddWithoutValidation("Authorization", signature.Authorization);
        request.Content = new ByteArrayContent(body);
        // Set verbatim: the signed value must be exactly what goes on the wire (no "; charset=" added).
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        using var response = await http.SendAsync(request, ct);
        var payload = await response.Content.ReadAsByteArrayAsync(ct);
        if (!response.IsSuccessStatusCode) throw ToServiceException(target, response, payload);

        using var document = JsonDocument.Parse(payload.Length == 0 ? "{}"u8.ToArray() : payload);
        return document.RootElement.Clone();
    }

    private static byte[] WriteJson(Action<Utf8JsonWriter> writeBody)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writeBody(writer);
            writer.WriteEndObject();
        }
        return buffer.ToArray();
    }

    private static AwsServiceException ToServiceException(string target, HttpResponseMessage response, byte[] payload)
    {
        string type = "UnknownError", message = Encoding.UTF8.GetString(payload);
        try
        {
            using var document = JsonDocument.Parse(payload);
            var root = document.RootElement;
            if (root.TryGetProperty("__type", out var t) && t.GetString() is { } rawType)
                type = rawType[(rawType.LastIndexOf('#') + 1)..]; // "com.amazonaws.kinesis.v20131202#ResourceNotFoundException"
            if (root.TryGetProperty("message", out var m) || root.TryGetProperty("Message", out m))
                message = m.GetString() ?? "";
        }
        catch (JsonException) { /* not JSON (e.g. a proxy's HTML page): keep the raw text as the message */ }

        if (type == "UnknownError" && response.Headers.TryGetValues("x-amzn-ErrorType", out var headerTypes))
            type = headerTypes.First().Split(':')[0];
        return new AwsServiceException(target, type, message, response.StatusCode);
    }
}
