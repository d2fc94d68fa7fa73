using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Lab.Streams.Tests;

/// <summary>
/// The local engines ignore signatures, so this checks the other half of SigV4 correctness: the bytes the
/// client puts on the wire are exactly the ones it signed (a server re-deriving the signature agrees).
/// </summary>
public sealed class WireSignatureTests
{
    private static readonly AwsCredentials Credentials = new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "session-token-123");

    [Fact]
    public async Task Kinesis_request_on_the_wire_verifies_against_its_signature()
    {
        var captured = await CaptureOneRequestAsync(endpoint =>
            new KinesisClient(new AwsClientOptions { ServiceUrl = endpoint, Region = "eu-west-1", Credentials = Credentials })
                .PutRecordsAsync("orders", [new KinesisPutRecord("hello"u8.ToArray(), "pk")]));

        AssertSignatureVerifies(captured, "eu-west-1", "kinesis");
        Assert.Equal("Kinesis_20131202.PutRecords", captured.Header("x-amz-target"));
        Assert.Equal("application/x-amz-json-1.1", captured.Header("content-type"));
        Assert.Equal("session-token-123", captured.Header("x-amz-security-token"));
        Assert.Contains("\"StreamName\":\"orders\"", Encoding.UTF8.GetString(captured.Body));
    }

    [Fact]
    public async Task DynamoDB_Streams_request_on_the_wire_verifies_against_its_signature()
    {
        var captured = await CaptureOneRequestAsync(endpoint =>
            new DynamoDbStreamsClient(new AwsClientOptions { ServiceUrl = endpoint, Region = "us-west-2", Credentials = Credentials })
                .GetRecordsAsync("iterator-1"));

        AssertSignatureVerifies(captured, "us-west-2", "dynamodb");
        Assert.Equal("DynamoDBStreams_20120810.GetRecords", captured.Header("x-amz-target"));
        Assert.Equal("application/x-amz-json-1.0", captured.Header("content-type"));
    }

    private static void AssertSignatureVerifies(CapturedRequest request, string region, string service)
    {
        var authorization = request.Header("authorization");
        var signedNames = authorization.Split("SignedHeaders=")[1].Split(',')[0].Split(';');
        Assert.Equal(["content-type", "host", "x-amz-date", "x-amz-security-token", "x-amz-target"], signedNames);

        var time = DateTimeOffset.ParseExact(request.Header("x-amz-date"), "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        var resigned = SigV4Signer.Sign(request.Method, request.Target,
            signedNames.Select(n => new KeyValuePair<string, string>(n, request.Header(n))), request.Body,
            Credentials, region, service, time);
        Assert.Equal(resigned.Authorization, authorization);
    }

    private sealed record CapturedRequest(string Method, string Target, List<KeyValuePair<string, string>> Headers, byte[] Body)
    {
        public string Header(string name) =>
            Headers.Single(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;
    }

    /// <summary>A one-shot raw HTTP server: records the request bytes, answers 200 with a minimal body.</summary>
    private static async Task<CapturedRequest> CaptureOneRequestAsync(Func<string, Task> send)
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var endpoint = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";

        var serve = Task.Run(async () =>
        {
            using var socket = await listener.AcceptTcpClientAsync();
            var stream = socket.GetStream();
            var buffer = new List<byte>();
            var chunk = new byte[4096];
            int headEnd;
            while ((headEnd = IndexOfBlankLine(buffer)) < 0)
                buffer.AddRange(chunk.AsSpan(0, await stream.ReadAsync(chunk)).ToArray());

            var lines = Encoding.ASCII.GetString(buffer.ToArray(), 0, headEnd).Split("\r\n");
            var headers = lines.Skip(1).Select(l => l.Split(':', 2)).Select(p => new KeyValuePair<string, string>(p[0], p[1].Trim())).ToList();
            var length = int.Parse(headers.Single(h => h.Key.Equals("content-length", StringComparison.OrdinalIgnoreCase)).Value, CultureInfo.InvariantCulture);
            while (buffer.Count < headEnd + 4 + length)
                buffer.AddRange(chunk.AsSpan(0, await stream.ReadAsync(chunk)).ToArray());

            var response = "{\"Records\":[],\"FailedRecordCount\":0}";
            await stream.WriteAsync(Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {response.Length}\r\nConnection: close\r\n\r\n{response}"));
            var requestLine = lines[0].Split(' ');
            return new CapturedRequest(requestLine[0], requestLine[1], headers, buffer.Skip(headEnd + 4).Take(length).ToArray());
        });

        await send(endpoint);
        return await serve.WaitAsync(TimeSpan.FromSeconds(30));
    }

    private static int IndexOfBlankLine(List<byte> bytes)
    {
        for (var i = 0; i + 3 < bytes.Count; i++)
            if (bytes[i] == '\r' && bytes[i + 1] == '\n' && bytes[i + 2] == '\r' && bytes[i + 3] == '\n') return i;
        return -1;
    }
}
