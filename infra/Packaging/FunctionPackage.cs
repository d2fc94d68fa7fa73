using System.Diagnostics;
using System.Reflection;
using System.Security.Cryptography;

namespace Lab.Infra.Packaging;

/// <summary>
/// The handlers' deployment package: the `dotnet publish` output DIRECTORY of functions/. Pulumi hashes a
/// directory archive by relative names and contents, so an unchanged tree gives the same hash and previews
/// with no diff (a .zip would carry timestamps).
/// Several stacks are often deployed at once from one checkout (a class), so a publish never touches a
/// folder another run may be reading: it runs under a lock (two `dotnet publish` of one project would also
/// share obj/), into a staging folder, which then becomes the content-addressed folder
/// artifacts/publish/functions-&lt;content hash&gt; in one rename.
/// </summary>
public static class FunctionPackage
{
    /// <summary>Set by `lab plan`, `lab local` and tests to reuse a directory published earlier.</summary>
    public const string PublishDirVariable = "LAB_FUNCTIONS_PUBLISH_DIR";

    public const string FolderPrefix = "functions-";

    /// <summary>
    /// The functions run on arm64 (LabFunction.Architecture) and ship ReadyToRun for it, so the first invocation runs
    /// precompiled code instead of JIT-compiling it (measured in functions/README.md, "Cold start").
    /// </summary>
    public const string RuntimeIdentifier = "linux-arm64";
    private const string LatestFile = "latest";
    private const int FoldersKept = 3;
    public static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(10);

    public static string PublishDirectory()
    {
        var given = Environment.GetEnvironmentVariable(PublishDirVariable);
        if (!string.IsNullOrEmpty(given))
        {
            return Directory.Exists(given)
                ? Path.GetFullPath(given)
                : throw new DirectoryNotFoundException($"{PublishDirVariable}='{given}' does not exist; publish functions/ first or unset it.");
        }
        return PublishContentAddressed(Lab.Engines.RepoPaths.Root);
    }

    /// <summary>The folder the last content-addressed publish produced, or null when there is none.</summary>
    public static string? Latest(string root)
    {
        var publishRoot = PublishRoot(root);
        var pointer = Path.Combine(publishRoot, LatestFile);
        if (!File.Exists(pointer)) return null;
        var folder = Path.Combine(publishRoot, File.ReadAllText(pointer).Trim());
        return Directory.Exists(folder) ? folder : null;
    }

    /// <summary>Publishes functions/ and returns artifacts/publish/functions-&lt;content hash&gt;; safe to call from concurrent runs.</summary>
    public static string PublishContentAddressed(string root, string? sdk = null)
    {
        var publishRoot = PublishRoot(root);
        Directory.CreateDirectory(publishRoot);
        using var held = PublishLock.Acquire(Path.Combine(publishRoot, ".lock"), LockTimeout);
        var staging = Path.Combine(publishRoot, $".staging-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            Publish(root, staging, sdk);
            var folder = Path.Combine(publishRoot, FolderPrefix + ContentHash(staging));
            if (Directory.Exists(folder)) Directory.Delete(staging, recursive: true);
            else Directory.Move(staging, folder);
            Directory.SetLastWriteTimeUtc(folder, DateTime.UtcNow);
            File.WriteAllText(Path.Combine(publishRoot, LatestFile), Path.GetFileName(folder));
            Prune(publishRoot, keep: folder);
            return folder;
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    }

    /// <summary>Publishes functions/ (Release, deterministic, ReadyToRun for linux-arm64) into <paramref name="output"/>, replacing what was there.</summary>
    /// <param name="sdk">LabSdk for the build; by default the one this program was built with.</param>
    public static void Publish(string root, string output, string? sdk = null)
    {
        if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        sdk ??= typeof(FunctionPackage).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "LabSdk")?.Value ?? "real";
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList =
            {
                "publish", Path.Combine(root, "functions", "Lab.Functions.csproj"), "-c", "Release", "-o", output,
                "-r", RuntimeIdentifier, "--self-contained", "false", "-p:PublishReadyToRun=true",
                $"-p:LabSdk={sdk}", "-p:ContinuousIntegrationBuild=true", "-p:Deterministic=true",
                "-p:GenerateDocumentationFile=false", "-p:DebugType=none", "-nologo", "-v:q",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start `dotnet publish` for functions/.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"`dotnet publish functions/` failed (exit {process.ExitCode}):\n{stdout.Result}\n{stderr}");
    }

    /// <summary>SHA-256 over every file's relative path and bytes, in ordinal order: what names the folder.</summary>
    public static string ContentHash(string directory)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
                     .Select(f => Path.GetRelativePath(directory, f).Replace('\\', '/')).Order(StringComparer.Ordinal))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(file + "\n"));
            hash.AppendData(SHA256.HashData(File.ReadAllBytes(Path.Combine(directory, file))));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    private static string PublishRoot(string root) => Path.Combine(root, "artifacts", "publish");

    // Older folders go, newest first kept: a run still reading one of the last few is left alone.
    private static void Prune(string publishRoot, string keep)
    {
        var stale = new DirectoryInfo(publishRoot).EnumerateDirectories(FolderPrefix + "*")
            .Where(d => d.FullName != keep)
            .OrderByDescending(d => d.LastWriteTimeUtc)
            .Skip(FoldersKept - 1);
        foreach (var folder in stale)
        {
            try { folder.Delete(recursive: true); }
            catch (IOException) { }  // in use elsewhere: the next publish tries again
        }
    }
}
