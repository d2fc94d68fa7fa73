using System.Diagnostics;
using Lab.Scenarios;

namespace Lab.Cli.Commands;

/// <summary>`lab local --serve`: keeps a local deployment up for `lab verify` and prints how to reach it.</summary>
internal static class LocalServeCommand
{
    public static async Task<int> RunAsync(
        IReadOnlyDictionary<string, string> config, IReadOnlyList<string> labs, string publishDirectory, string outputsPath, CancellationToken ct)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var watch = Stopwatch.StartNew();
        StopWhenPipedStdinCloses(stop);
        await LocalServe.RunAsync(config, labs, publishDirectory, outputsPath,
            message => Console.Error.WriteLine($"[{watch.Elapsed:mm\\:ss}] {message}"),
            environment =>
            {
                foreach (var (name, value) in environment) Console.WriteLine($"export {name}={value}");
                Console.WriteLine($"# stack outputs: {outputsPath}");
                Console.WriteLine($"# then: lab verify --outputs {outputsPath}");
                Console.WriteLine($"{LocalServe.ReadyLine}; Ctrl-C to stop.");
                Console.Out.Flush();
            },
            stop.Token);
        return 0;
    }

    // A test or script that started us through a pipe stops us by closing it. A stdin of /dev/null (a
    // background job in a script) is at its end from the start, so it is not a signal to stop.
    private static void StopWhenPipedStdinCloses(CancellationTokenSource stop)
    {
        if (!Console.IsInputRedirected) return;
        if (OperatingSystem.IsLinux() && File.ResolveLinkTarget("/proc/self/fd/0", returnFinalTarget: false)?.FullName == "/dev/null") return;
        _ = Task.Run(async () =>
        {
            while (await Console.In.ReadLineAsync() is not null) { }
            await stop.CancelAsync();
        });
    }
}
