using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Lab.Local.Deployment;
using Lab.Local.Emulation;

namespace Lab.Local.Serving;

/// <summary>
/// The AWS APIs `lab verify` needs besides DynamoDB and Kinesis, served from a local deployment on
/// 127.0.0.1: Lambda Invoke and ListEventSourceMappings (REST-JSON) and CloudWatch Logs FilterLogEvents
/// (JSON 1.1). The emulated mappings poll before the deployment is served, so each is Enabled. Like the local
/// engines it accepts any signature; it exists so `lab verify` can be tested against `lab local --serve`.
/// </summary>
public sealed partial class LocalAwsServer : IAsyncDisposable
{
    /// <summary>Lambda's 6 MB limit on a synchronous invocation's payload (https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html).</summary>
    public const int MaxRequestBytes = 6 * 1024 * 1024;

    private readonly HttpListener _listener;
    private readonly LocalDeployment _deployment;
    private readonly FunctionHost _host;
    private readonly Task _loop;

    private LocalAwsServer(HttpListener listener, LocalDeployment deployment, FunctionHost host)
    {
        _listener = listener;
        _deployment = deployment;
        _host = host;
        Endpoint = listener.Prefixes.Single().TrimEnd('/');
        _loop = Task.Run(AcceptAsync);
    }

    /// <summary>e.g. "http://127.0.0.1:40123": the Lambda and the CloudWatch Logs endpoint.</summary>
    public string Endpoint { get; }

    public static LocalAwsServer Start(LocalDeployment deployment, FunctionHost host)
    {
        // HttpListener cannot bind port 0; take a free port from the OS and retry if another process wins it first.
        for (var attempt = 1; ; attempt++)
        {
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{FreePort()}/");
            try
            {
                listener.Start();
                return new LocalAwsServer(listener, deployment, host);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close();
            }
        }
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task AcceptAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception error) when (error is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return; // stopped
            }
            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var request = context.Request;
        var response = context.Response;
        try
        {
            var path = request.Url?.AbsolutePath ?? "/";
            var body = await ReadBodyAsync(request);
            if (body is null)
            {
                // Lambda's own limit on a synchronous request; read no further than it.
                Error(response, 413, "RequestEntityTooLargeException", $"Request must be smaller than {MaxRequestBytes} bytes for the {path} operation", restJson: true);
                return;
            }
            var invoke = InvokePath().Match(path);
            if (request.HttpMethod == "POST" && invoke.Success)
                await InvokeAsync(response, Uri.UnescapeDataString(invoke.Groups[1].Value), body);
            else if (request.HttpMethod == "GET" && path.TrimEnd('/') == "/2015-03-31/event-source-mappings")
                ListEventSourceMappings(response, request.QueryString["FunctionName"]);
            else if (request.HttpMethod == "POST" && path == "/" && request.Headers["X-Amz-Target"] == "Logs_20140328.FilterLogEvents")
                FilterLogEvents(response, body);
            else
                Error(response, 400, "UnknownOperationException",
                    $"{request.HttpMethod} {path} (X-Amz-Target: {request.Headers["X-Amz-Target"] ?? "none"}) is not served here; " +
                    "only Lambda Invoke, ListEventSourceMappings and Logs_20140328.FilterLogEvents are.", restJson: !path.Equals("/"));
        }
        catch (Exception error)
        {
            Error(response, 500, "ServiceException", $"{error.GetType().Name}: {error.Message}", restJson: true);
        }
        finally
        {
            response.Close();
        }
    }

    /// <summary>The request body, or null once it passes <see cref="MaxRequestBytes"/> (the rest is never read).</summary>
    private static async Task<string?> ReadBodyAsync(HttpListenerRequest request)
    {
        if (request.ContentLength64 > MaxRequestBytes) return null;
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.InputStream.ReadAsync(chunk)) > 0)
        {
            if (buffer.Length + read > MaxRequestBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    // Lambda answers a function's own failure with 200 and X-Amz-Function-Error; only API errors get an error status.
    private async Task InvokeAsync(HttpListenerResponse response, string name, string payload)
    {
        if (FunctionNamed(name) is not { } function)
        {
            Error(response, 404, "ResourceNotFoundException", $"Function not found: {name}", restJson: true);
            return;
        }
        var result = await _host.InvokeAsync(function, payload.Length == 0 ? "{}" : payload);
        response.Headers["X-Amz-Executed-Version"] = "$LATEST";
        if (result.Succeeded)
        {
            Write(response, 200, result.ResponseJson ?? "null");
            return;
        }
        var error = result.Error ?? "Error: unknown";
        var colon = error.IndexOf(':');
        response.Headers["X-Amz-Function-Error"] = "Unhandled";
        Write(response, 200, JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["errorType"] = colon > 0 ? error[..colon] : "Error",
            ["errorMessage"] = colon > 0 ? error[(colon + 1)..].Trim() : error,
        }));
    }

    private void ListEventSourceMappings(HttpListenerResponse response, string? functionName)
    {
        var function = functionName is null ? null : FunctionNamed(functionName);
        if (functionName is not null && function is null)
        {
            Error(response, 404, "ResourceNotFoundException", $"Function not found: {functionName}", restJson: true);
            return;
        }
        var mappings = _deployment.Mappings
            .Where(m => function is null || m.FunctionArn == function.Arn)
            .OrderBy(m => m.Name, StringComparer.Ordinal)
            .Select(m => new Dictionary<string, object>
            {
                ["UUID"] = m.Name,
                ["EventSourceArn"] = m.EventSourceArn,
                ["FunctionArn"] = m.FunctionArn,
                ["State"] = "Enabled",
                ["StateTransitionReason"] = "USER_INITIATED",
                ["LastProcessingResult"] = "OK",
                ["BatchSize"] = m.BatchSize,
                ["StartingPosition"] = m.StartingPosition,
            }).ToList();
        Write(response, 200, JsonSerializer.Serialize(new Dictionary<string, object> { ["EventSourceMappings"] = mappings }));
    }

    private void FilterLogEvents(HttpListenerResponse response, string body)
    {
        using var document = JsonDocument.Parse(body.Length == 0 ? "{}" : body);
        var root = document.RootElement;
        var group = root.TryGetProperty("logGroupName", out var g) ? g.GetString() ?? "" : "";
        var start = root.TryGetProperty("startTime", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetInt64() : long.MinValue;
        const string prefix = "/aws/lambda/";
        if (!group.StartsWith(prefix, StringComparison.Ordinal) || FunctionNamed(group[prefix.Length..]) is not { } function)
        {
            Error(response, 400, "ResourceNotFoundException", $"The specified log group does not exist: '{group}'.", restJson: false);
            return;
        }
        var stream = $"{DateTime.UtcNow:yyyy/MM/dd}/[$LATEST]local";
        var events = _host.TimedLogs(function.LogicalName)
            .Select((entry, index) => (entry, index))
            .Where(e => e.entry.Time.ToUnixTimeMilliseconds() >= start)
            .Select(e => new Dictionary<string, object>
            {
                ["logStreamName"] = stream,
                ["timestamp"] = e.entry.Time.ToUnixTimeMilliseconds(),
                ["ingestionTime"] = e.entry.Time.ToUnixTimeMilliseconds(),
                ["message"] = e.entry.Line,
                ["eventId"] = $"{e.index}",
            }).ToList();
        Write(response, 200, JsonSerializer.Serialize(new Dictionary<string, object> { ["events"] = events, ["searchedLogStreams"] = Array.Empty<object>() }),
            "application/x-amz-json-1.1");
    }

    private DeclaredFunction? FunctionNamed(string nameOrArn) =>
        _deployment.Functions.FirstOrDefault(f => f.PhysicalName == nameOrArn || f.Arn == nameOrArn);

    private static void Error(HttpListenerResponse response, int status, string type, string message, bool restJson)
    {
        // REST-JSON services name the error in a header; JSON 1.1 services in the body's __type.
        if (restJson) response.Headers["x-amzn-ErrorType"] = type;
        Write(response, status, JsonSerializer.Serialize(new Dictionary<string, string> { ["__type"] = type, ["message"] = message }),
            restJson ? "application/json" : "application/x-amz-json-1.1");
    }

    private static void Write(HttpListenerResponse response, int status, string json, string contentType = "application/json")
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength64 = bytes.Length;
        response.OutputStream.Write(bytes);
    }

    [GeneratedRegex("^/2015-03-31/functions/([^/]+)/invocations$")]
    private static partial Regex InvokePath();

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _loop;
    }
}
