using System.Diagnostics;
using System.Net.Sockets;

namespace Lab.Cli.Tests;

/// <summary>`lab local --serve` stops on SIGTERM like on Ctrl-C, and takes its engines and endpoints down with it.</summary>
public sealed class ServeStopTests
{
    [Fact]
    public async Task SIGTERM_stops_the_server_with_exit_0_and_closes_every_endpoint()
    {
        var served = new ServedLocalStack();
        await served.InitializeAsync();
        try
        {
            var endpoints = served.Environment.Where(e => e.Key.StartsWith("AWS_ENDPOINT_URL_", StringComparison.Ordinal)).Select(e => new Uri(e.Value)).ToList();
            Assert.Equal(4, endpoints.Count);
            Assert.All(endpoints, endpoint => Assert.True(Accepts(endpoint), $"{endpoint} is not listening while the server is up"));

            var exit = await served.SignalAsync("TERM", TimeSpan.FromSeconds(60));

            Assert.Equal(0, exit);
            Assert.All(endpoints, endpoint => Assert.False(Accepts(endpoint), $"{endpoint} still listens after the server stopped"));
        }
        finally
        {
            await served.DisposeAsync();
        }
    }

    private static bool Accepts(Uri endpoint)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(endpoint.Host, endpoint.Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
