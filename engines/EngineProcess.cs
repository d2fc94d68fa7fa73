using System.ComponentModel;
using System.Diagnostics;

namespace Lab.Engines;

/// <summary>How to launch one engine and how to tell that it is ready.</summary>
internal sealed record EngineSpec(
    string Name,
    string Executable,
    string MissingExecutableHint,
    Func<int, IReadOnlyList<string>> Arguments,
    string WorkingDirectory,
    Func<string, CancellationToken, Task<bool>> IsReadyAsync,
    TimeSpan StartTimeout);

/// <summary>A running engine process on a loopback port; disposal kills the whole process tree.</summary>
internal sealed class EngineProcess : IAsyncDisposable
{
    private const int PortAttempts = 5;
    private static readonly string[] AddressInUseMarkers = ["Address already in use", "EADDRINUSE", "BindException"];

    // Safety net for a test host or CLI that exits without disposing: engines must not outlive it.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<EngineProcess, byte> live = new();

    static EngineProcess()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            foreach (var engine in live.Keys) engine.KillQuietly();
        };
    }

    private readonly Process process;
    private readonly OutputTail output;
    private int disposed;

    private EngineProcess(string name, Process process, OutputTail output, int port)
    {
        Name = name;
        this.process = process;
        this.output = output;
        Port = port;
    }

    public string Name { get; }
    public int Port { get; }
    public string Endpoint => $"http://127.0.0.1:{Port}";
    public string RecentOutput => output.ToString();

    /// <summary>Null while the process runs; once it has died, what happened ("DynamoDB Local exited with code 137").</summary>
    public string? ExitDescription
    {
        get
        {
            try
            {
                return disposed == 0 && process.HasExited ? $"{Name} exited with code {process.ExitCode}" : null;
            }
            catch (InvalidOperationException)
            {
                return null;
            }
        }
    }

    public static async Task<EngineProcess> StartAsync(EngineSpec spec, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort.Next();
            var (engine, failure) = await TryStartOnAsync(spec, port, ct);
            if (engine is not null) return engine;

            var lostPortRace = AddressInUseMarkers.Any(failure!.Output.Contains);
            if (!lostPortRace || attempt == PortAttempts)
                throw new EngineStartException($"{spec.Name} did not start on port {port}: {failure.Reason}.{Environment.NewLine}Its output:{Environment.NewLine}{failure.Output}");
        }
    }

    private sealed record StartFailure(string Reason, OutputTail Output);

    private static async Task<(EngineProcess?, StartFailure?)> TryStartOnAsync(EngineSpec spec, int port, CancellationToken ct)
    {
        var info = new ProcessStartInfo(spec.Executable)
        {
            WorkingDirectory = spec.WorkingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            UseShellExecute = false,
        };
        foreach (var argument in spec.Arguments(port)) info.ArgumentList.Add(argument);

        Process process;
        try
        {
            process = Process.Start(info) ?? throw new EngineStartException($"{spec.Name}: the OS did not start '{spec.Executable}'.");
        }
        catch (Win32Exception e)
        {
            throw new EngineStartException($"{spec.Name}: cannot run '{spec.Executable}' ({e.Message}); {spec.MissingExecutableHint}.", e);
        }

        var output = new OutputTail();
        output.Attach(process);
        var engine = new EngineProcess(spec.Name, process, output, port);
        live.TryAdd(engine, 0);

        var deadline = Stopwatch.StartNew();
        try
        {
            while (deadline.Elapsed < spec.StartTimeout)
            {
                if (process.HasExited)
                {
                    await process.WaitForExitAsync(ct); // flushes the redirected output
                    var exitCode = process.ExitCode;
                    await engine.DisposeAsync();
                    return (null, new StartFailure($"it exited with code {exitCode} before serving requests", output));
                }
                if (await spec.IsReadyAsync(engine.Endpoint, ct)) return (engine, null);
                await Task.Delay(100, ct);
            }
        }
        catch
        {
            await engine.DisposeAsync();
            throw;
        }

        await engine.DisposeAsync();
        return (null, new StartFailure($"it did not answer requests within {spec.StartTimeout.TotalSeconds:0} s", output));
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1) return;
        live.TryRemove(this, out _);
        try
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (InvalidOperationException) { /* already gone */ }
        catch (OperationCanceledException) { /* the OS will reap it; nothing more we can do here */ }
        finally { process.Dispose(); }
    }

    private void KillQuietly()
    {
        try { if (!process.HasExited) process.Kill(entireProcessTree: true); }
        catch (InvalidOperationException) { /* already gone */ }
    }
}
