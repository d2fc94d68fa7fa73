using System.Diagnostics;

namespace Lab.Cli.Tests;

/// <summary>
/// `lab local --serve --lab gameScores` as a process, up for a test class: the outputs file it wrote and the
/// environment it printed. Stopped by closing its stdin, as a script would.
/// </summary>
public sealed class ServedLocalStack : IAsyncLifetime
{
    public const string ReadyLine = "# lab local --serve: ready";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);
    private readonly Dictionary<string, string> _environment = new();
    private readonly List<string> _stdout = [];
    private Process? _process;
    private Task<string>? _stderr;

    public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("lab-cli-tests-").FullName;
    public string OutputsPath => Path.Combine(Directory, "outputs.json");
    public IReadOnlyDictionary<string, string> Environment => _environment;

    public async Task InitializeAsync()
    {
        _process = Process.Start(LabCommand.StartInfo(["local", "--serve", "--lab", "gameScores", "--outputs-out", OutputsPath]))!;
        _stderr = _process.StandardError.ReadToEndAsync();
        using var timer = new CancellationTokenSource(StartTimeout);
        while (true)
        {
            string? line;
            try
            {
                line = await _process.StandardOutput.ReadLineAsync(timer.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                throw new TimeoutException($"lab local --serve printed no ready line in {StartTimeout.TotalSeconds:0} s; stdout: {string.Join("\n", _stdout)}");
            }
            if (line is null)
                throw new InvalidOperationException($"lab local --serve exited before it was ready; stderr: {await _stderr}");
            _stdout.Add(line);
            if (line.StartsWith("export ", StringComparison.Ordinal))
            {
                var assignment = line["export ".Length..];
                var equals = assignment.IndexOf('=');
                _environment[assignment[..equals]] = assignment[(equals + 1)..];
            }
            if (line.StartsWith(ReadyLine, StringComparison.Ordinal)) return;
        }
    }

    /// <summary>Sends a POSIX signal (e.g. "TERM") and waits for the exit code.</summary>
    public async Task<int> SignalAsync(string signal, TimeSpan timeout)
    {
        using (var kill = Process.Start("kill", ["-" + signal, $"{_process!.Id}"])) await kill.WaitForExitAsync();
        using var timer = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(timer.Token);
        return _process.ExitCode;
    }

    public async Task DisposeAsync()
    {
        if (_process is null) return;
        if (_process.HasExited)
        {
            _process.Dispose();
            System.IO.Directory.Delete(Directory, recursive: true);
            _process = null;
            return;
        }
        try
        {
            _process.StandardInput.Close();
            using var timer = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await _process.WaitForExitAsync(timer.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
        }
        finally
        {
            _process.Dispose();
            _process = null;
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
