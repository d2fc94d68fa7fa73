using System.Diagnostics;
using System.Text.Json;

namespace Lab.Bench.ColdStart;

internal static class HostRun
{
    /// <summary>One cold start: a fresh host process; its phase times and the wall time from launch to exit.</summary>
    public static async Task<(Dictionary<string, double> Phases, double WallMs)> RunAsync(
        string host, string package, string handler, string eventFile, IReadOnlyDictionary<string, string> environment)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { host, package, handler, eventFile }) info.ArgumentList.Add(argument);
        foreach (var (key, value) in environment) info.Environment[key] = value;
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var stdout = await process.StandardOutput.ReadToEndAsync();
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var wall = watch.Elapsed.TotalMilliseconds;
        if (process.ExitCode != 0) throw new InvalidOperationException($"{handler} failed (exit {process.ExitCode}): {stderr}");
        return (JsonSerializer.Deserialize<Dictionary<string, double>>(stdout.Trim())!, wall);
    }
}
