using System.Diagnostics;
using System.Reflection;

namespace Lab.Infra.Packaging;

/// <summary>
/// The handlers' deployment package: the `dotnet publish` output DIRECTORY of functions/. Pulumi
/// hashes a directory archive by relative names and contents, so an unchanged tree gives the same
/// hash and previews with no diff (a .zip would carry timestamps).
/// </summary>
public static class FunctionPackage
{
    /// <summary>Set by `lab plan`, `lab local` and tests to reuse a directory published earlier.</summary>
    public const string PublishDirVariable = "LAB_FUNCTIONS_PUBLISH_DIR";

    public static string PublishDirectory()
    {
        var given = Environment.GetEnvironmentVariable(PublishDirVariable);
        if (!string.IsNullOrEmpty(given))
        {
            return Directory.Exists(given)
                ? Path.GetFullPath(given)
                : throw new DirectoryNotFoundException($"{PublishDirVariable}='{given}' does not exist; publish functions/ first or unset it.");
        }
        var root = Lab.Engines.RepoPaths.Root;
        var output = Path.Combine(root, "artifacts", "publish", "functions");
        Publish(root, output);
        return output;
    }

    /// <summary>Publishes functions/ (Release, deterministic) into <paramref name="output"/>, replacing what was there.</summary>
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
}
