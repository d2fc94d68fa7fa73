using System.Net;
using System.Net.Sockets;

namespace Lab.Engines;

/// <summary>Asks the OS for an unused loopback port.</summary>
internal static class FreePort
{
    // The port is released before the engine binds it, so another process can win the race;
    // EngineProcess retries with a fresh port when the engine reports "address in use".
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
