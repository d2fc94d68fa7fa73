using System.Diagnostics;

namespace Lab.Bench.ColdStart;

internal static class Publish
{
    /// <summary>`dotnet publish` of a project into a fresh folder; returns the folder.</summary>
    public static string Run(string root, string project, string output, string sdk, params string[] extra)
    {
        if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "publish", Path.Combine(root, project), "-c", "Release", "-o", output, $"-p:LabSdk={sdk}", "-p:DebugType=none", "-nologo", "-v:q" }.Concat(extra))
            info.ArgumentList.Add(argument);
        using var process = Process.Start(info)!;
        var errors = process.StandardError.ReadToEndAsync();
        var messages = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"publishing {project} failed:\n{messages}\n{errors.Result}");
    }
}
