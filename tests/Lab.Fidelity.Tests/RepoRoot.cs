namespace Lab.Fidelity.Tests;

/// <summary>Finds the repository root: $LAB_ROOT if set, else the nearest ancestor holding Lab.sln.</summary>
public static class RepoRoot
{
    public static string Path { get; } = Locate();

    private static string Locate()
    {
        var fromEnv = Environment.GetEnvironmentVariable("LAB_ROOT");
        if (!string.IsNullOrEmpty(fromEnv))
        {
            if (!File.Exists(System.IO.Path.Combine(fromEnv, "Lab.sln")))
                throw new InvalidOperationException($"LAB_ROOT='{fromEnv}' does not contain Lab.sln; point it at the repository root.");
            return fromEnv;
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Lab.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException(
            $"No Lab.sln above {AppContext.BaseDirectory}; set LAB_ROOT to the repository root.");
    }
}
