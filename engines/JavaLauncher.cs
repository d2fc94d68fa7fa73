using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace Lab.Engines;

/// <summary>
/// Compiles engines/launchers/LoopbackDynamoDbLocal.java once (javac, against the DynamoDB Local jar) into a folder
/// named by the source's and jar's hash under artifacts/engines/, so concurrent starts never see half-written classes.
/// Null when no javac is installed: DynamoDB Local then starts from its own command line, on every interface.
/// </summary>
internal static class JavaLauncher
{
    public const string ClassName = "LoopbackDynamoDbLocal";
    private static readonly SemaphoreSlim OneCompileAtATime = new(1, 1);

    public static async Task<string?> CompiledDirectoryAsync(string repositoryRoot, string jar, CancellationToken ct)
    {
        var source = Path.Combine(repositoryRoot, "engines", "launchers", ClassName + ".java");
        if (!File.Exists(source)) return null;
        var javac = FindJavac();
        if (javac is null) return null;

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(File.ReadAllText(source) + "\n" + jar)))[..16];
        var target = Path.Combine(repositoryRoot, "artifacts", "engines", $"dynamodb-loopback-{hash}");
        if (File.Exists(Path.Combine(target, ClassName + ".class"))) return target;

        await OneCompileAtATime.WaitAsync(ct);
        try
        {
            if (File.Exists(Path.Combine(target, ClassName + ".class"))) return target;
            var staging = $"{target}.{Environment.ProcessId}-{Guid.NewGuid():N}";
            Directory.CreateDirectory(staging);
            var info = new ProcessStartInfo(javac) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { "-nowarn", "-cp", jar, "-d", staging, source }) info.ArgumentList.Add(argument);
            using var process = Process.Start(info) ?? throw new EngineStartException($"DynamoDB Local: could not start '{javac}'.");
            var errors = process.StandardError.ReadToEndAsync(ct);
            await process.StandardOutput.ReadToEndAsync(ct);
            await process.WaitForExitAsync(ct);
            if (process.ExitCode != 0)
                throw new EngineStartException($"DynamoDB Local: compiling {source} failed (javac exit {process.ExitCode}): {await errors}");
            try
            {
                Directory.Move(staging, target);
            }
            catch (IOException) when (File.Exists(Path.Combine(target, ClassName + ".class")))
            {
                Directory.Delete(staging, recursive: true);  // another process won the race with the same classes
            }
            return target;
        }
        finally
        {
            OneCompileAtATime.Release();
        }
    }

    private static string? FindJavac()
    {
        var home = Environment.GetEnvironmentVariable("JAVA_HOME");
        var candidates = new List<string>();
        if (!string.IsNullOrEmpty(home)) candidates.Add(Path.Combine(home, "bin", "javac"));
        candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "javac")));
        return candidates.FirstOrDefault(File.Exists);
    }
}
