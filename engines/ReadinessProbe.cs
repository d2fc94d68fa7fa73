using System.Text;

namespace Lab.Engines;

/// <summary>Sends one real, harmless JSON-protocol call (ListTables / ListStreams) to see if an engine serves requests.</summary>
internal static class ReadinessProbe
{
    private static readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(5) };

    // Neither engine verifies signatures, but both reject a request without an Authorization header.
    private const string DummyAuthorization =
        "AWS4-HMAC-SHA256 Credential=local/20200101/us-east-1/probe/aws4_request, SignedHeaders=host;x-amz-date, Signature=00";

    public static async Task<bool> AnswersAsync(string endpoint, string target, string contentType, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint + "/");
        request.Headers.TryAddWithoutValidation("X-Amz-Target", target);
        request.Headers.TryAddWithoutValidation("X-Amz-Date", "20200101T000000Z");
        request.Headers.TryAddWithoutValidation("Authorization", DummyAuthorization);
        request.Content = new StringContent("{}", Encoding.UTF8);
        request.Content.Headers.Remove("Content-Type");
        request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        try
        {
            using var response = await http.SendAsync(request, ct);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException) { return false; }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested) { return false; }
    }
}
