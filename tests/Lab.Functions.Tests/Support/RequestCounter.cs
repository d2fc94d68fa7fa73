using System.Collections.Concurrent;
using Amazon.DynamoDBv2;
using Amazon.Runtime;
using Lab.Testing;

namespace Lab.Functions.Tests.Support;

/// <summary>Counts the HTTP requests a DynamoDB client sends, by operation (X-Amz-Target), at the HTTP layer.</summary>
public sealed class RequestCounter
{
    private readonly ConcurrentDictionary<string, int> byOperation = new();

    public int Total => byOperation.Values.Sum();

    public IReadOnlyDictionary<string, int> ByOperation => new Dictionary<string, int>(byOperation);

    public void Reset() => byOperation.Clear();

    public string Describe() => string.Join(", ", byOperation.OrderBy(p => p.Key).Select(p => $"{p.Key}={p.Value}"));

    /// <summary>A client for the fixture's engine whose every request is counted here.</summary>
    public AmazonDynamoDBClient CreateClient(DynamoDbLocalFixture fixture) => new(DynamoDbLocalFixture.DummyCredentials, new AmazonDynamoDBConfig
    {
        ServiceURL = fixture.Endpoint,
        AuthenticationRegion = DynamoDbLocalFixture.Region,
        HttpClientFactory = new CountingFactory(this),
    });

    private sealed class CountingFactory(RequestCounter counter) : HttpClientFactory
    {
        public override HttpClient CreateHttpClient(IClientConfig clientConfig) =>
            new(new CountingHandler(counter) { InnerHandler = new HttpClientHandler() });

        public override bool UseSDKHttpClientCaching(IClientConfig clientConfig) => true;
    }

    private sealed class CountingHandler(RequestCounter counter) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var operation = request.Headers.TryGetValues("X-Amz-Target", out var values) ? values.First().Split('.').Last() : "(unknown)";
            counter.byOperation.AddOrUpdate(operation, 1, (_, n) => n + 1);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
