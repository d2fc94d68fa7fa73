using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Lab.Workshop.Tests;

/// <summary>
/// A loopback HTTP/1.1 proxy in front of DynamoDB Local that answers some BatchWriteItem calls itself: an HTTP 500
/// (DynamoDB's InternalServerError) or a connection that dies in the middle of its answer, as a real endpoint sometimes does.
/// Plain sockets, so that a dropped connection really is one.
/// </summary>
internal sealed class FaultyEndpoint : IAsyncDisposable
{
    private TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<TcpClient, byte> _connections = new();
    private readonly HttpClient _forward = new();
    private readonly string _target;
    private readonly Func<int, Fault> _faultFor;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private int _batchWrites, _serverErrors, _dropped;

    public enum Fault { None, ServerError, DropConnection, Outage }

    /// <summary>How long an <see cref="Fault.Outage"/> refuses every connection.</summary>
    public static readonly TimeSpan OutageLength = TimeSpan.FromSeconds(2);

    public FaultyEndpoint(string target, Func<int, Fault> faultFor)
    {
        _target = target.TrimEnd('/');
        _faultFor = faultFor;
        _listener.Start();
        Endpoint = $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";
        _loop = Task.Run(LoopAsync);
    }

    public string Endpoint { get; }
    public int ServerErrors => _serverErrors;
    public int DroppedConnections => _dropped;
    public int Outages { get; private set; }

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(_stop.Token); }
            catch (OperationCanceledException) { return; }
            catch (Exception) when (!_stop.IsCancellationRequested) { await Task.Delay(20); continue; }  // restarting after an outage
            _connections.TryAdd(client, 0);
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    // The endpoint goes away: every open connection is reset and new ones are refused until it comes back on the same port.
    private async Task OutageAsync()
    {
        Outages++;
        var port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _listener.Stop();
        foreach (var connection in _connections.Keys)
        {
            connection.LingerState = new LingerOption(true, 0);
            connection.Close();
        }
        await Task.Delay(OutageLength);
        _listener = new TcpListener(IPAddress.Loopback, port);
        _listener.Start();
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            try
            {
                while (await ReadRequestAsync(stream) is { } request)
                {
                    var fault = request.Target.EndsWith(".BatchWriteItem") ? _faultFor(Interlocked.Increment(ref _batchWrites)) : Fault.None;
                    if (fault == Fault.Outage)
                    {
                        await OutageAsync();
                        return;
                    }
                    if (fault == Fault.DropConnection)
                    {
                        // The answer starts, then the connection dies mid-body: nothing can resend that transparently
                        // (.NET's HttpClient itself resends a request whose connection closed before any answer).
                        Interlocked.Increment(ref _dropped);
                        await stream.WriteAsync("HTTP/1.1 200 OK\r\nContent-Type: application/x-amz-json-1.0\r\nContent-Length: 100\r\n\r\n{\"Unpro"u8.ToArray());
                        client.LingerState = new LingerOption(true, 0);
                        return;
                    }
                    if (fault == Fault.ServerError)
                    {
                        Interlocked.Increment(ref _serverErrors);
                        await WriteAsync(stream, 500, "Internal Server Error", [("Content-Type", "application/x-amz-json-1.0")],
                            """{"__type":"com.amazonaws.dynamodb.v20120810#InternalServerError","message":"Internal server error"}"""u8.ToArray());
                        continue;
                    }
                    await ForwardAsync(stream, request);
                }
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or SocketException) { /* the client went away, or an outage */ }
            finally { _connections.TryRemove(client, out _); }
        }
    }

    private sealed record Request(string Method, string Path, List<(string Name, string Value)> Headers, byte[] Body)
    {
        public string Target => Headers.FirstOrDefault(h => h.Name.Equals("X-Amz-Target", StringComparison.OrdinalIgnoreCase)).Value ?? "";
    }

    private static async Task<Request?> ReadRequestAsync(NetworkStream stream)
    {
        var head = new List<byte>();
        var one = new byte[1];
        while (!(head.Count >= 4 && head[^4] == '\r' && head[^3] == '\n' && head[^2] == '\r' && head[^1] == '\n'))
        {
            if (await stream.ReadAsync(one) == 0) return null;
            head.Add(one[0]);
        }
        var lines = Encoding.ASCII.GetString(head.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var start = lines[0].Split(' ');
        var headers = lines.Skip(1).Select(l => (Name: l[..l.IndexOf(':')].Trim(), Value: l[(l.IndexOf(':') + 1)..].Trim())).ToList();
        var length = int.Parse(headers.FirstOrDefault(h => h.Name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)).Value ?? "0");
        var body = new byte[length];
        await stream.ReadExactlyAsync(body);
        return new Request(start[0], start[1], headers, body);
    }

    private async Task ForwardAsync(NetworkStream stream, Request request)
    {
        using var forward = new HttpRequestMessage(new HttpMethod(request.Method), _target + request.Path) { Content = new ByteArrayContent(request.Body) };
        foreach (var (name, value) in request.Headers)
        {
            if (name.Equals("Host", StringComparison.OrdinalIgnoreCase) || name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)
                || name.Equals("Connection", StringComparison.OrdinalIgnoreCase) || name.Equals("Expect", StringComparison.OrdinalIgnoreCase)) continue;
            if (!forward.Headers.TryAddWithoutValidation(name, value)) forward.Content.Headers.TryAddWithoutValidation(name, value);
        }
        using var answer = await _forward.SendAsync(forward);
        var body = await answer.Content.ReadAsByteArrayAsync();
        var headers = answer.Headers.Concat(answer.Content.Headers)
            .Where(h => h.Key is not ("Content-Length" or "Transfer-Encoding" or "Connection"))
            .Select(h => (h.Key, string.Join(",", h.Value))).ToList();
        await WriteAsync(stream, (int)answer.StatusCode, answer.ReasonPhrase ?? "", headers, body);
    }

    private static async Task WriteAsync(NetworkStream stream, int status, string reason, IEnumerable<(string Name, string Value)> headers, byte[] body)
    {
        var head = new StringBuilder($"HTTP/1.1 {status} {reason}\r\n");
        foreach (var (name, value) in headers) head.Append($"{name}: {value}\r\n");
        head.Append($"Content-Length: {body.Length}\r\n\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()));
        await stream.WriteAsync(body);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _loop;
        _forward.Dispose();
    }
}
