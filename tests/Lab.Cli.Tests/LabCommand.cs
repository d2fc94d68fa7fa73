using System.Diagnostics;
using System.Text;

namespace Lab.Cli.Tests;

/// <summary>The built `lab` command (cli/, same configuration as these tests), run as a process the way users run it.</summary>
public static class LabCommand
{
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>artifacts/bin/&lt;sdk&gt;/Lab.Cli/&lt;config&gt;/net10.0/lab.dll, beside this project's own output directory.</summary>
    public static string Dll { get; } = FindDll();

    public static ProcessStartInfo StartInfo(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryRoot,
        };
        info.ArgumentList.Add(Dll);
        foreach (var arg in args) info.ArgumentList.Add(arg);
        info.Environment["LAB_ROOT"] = RepositoryRoot;
        // The caller's own AWS settings must not leak into a run that is meant to reach only the local endpoints.
        foreach (var key in info.Environment.Keys.Where(k => k.StartsWith("AWS_", StringComparison.Ordinal)).ToList()) info.Environment.Remove(key);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) info.Environment[key] = value;
        return info;
    }

    /// <summary>Runs `lab` to the end; kills it (and its children) after <paramref name="timeout"/>.</summary>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(
        IEnumerable<string> args, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null)
    {
        using var process = Process.Start(StartInfo(args, environment))!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timer = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(timer.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"lab {string.Join(" ", args)} did not finish in {timeout.TotalSeconds:0} s. stderr: {await stderr}");
        }
        return (process.ExitCode, await stdout, await stderr);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Lab.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No Lab.sln above {AppContext.BaseDirectory}.");
    }

    private static string FindDll()
    {
        // This assembly lives in artifacts/bin/<sdk>/Lab.Cli.Tests/<config>/net10.0/; the CLI in the same tree under Lab.Cli.
        var testDir = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testDir.Name;
        var configuration = testDir.Parent!.Name;
        var binRoot = testDir.Parent!.Parent!.Parent!.FullName;
        var dll = Path.Combine(binRoot, "Lab.Cli", configuration, framework, "lab.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"The lab command is not built at {dll}; build tests/Lab.Cli.Tests (it builds cli/).", dll);
    }
}
