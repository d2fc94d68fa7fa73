namespace Lab.Engines;

/// <summary>Locates the repository root, where node_modules/ holds the engines.</summary>
public static class RepoPaths
{
    private const string Marker = "Lab.sln";
    private static readonly Lazy<string> root = new(FindRoot);

    /// <summary>LAB_ROOT if set, else the nearest folder holding Lab.sln above the app or the current directory.</summary>
    public static string Root => root.Value;

    /// <summary>Path under the repository root, e.g. <c>Under("node_modules", "kinesalite")</c>.</summary>
    public static string Under(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot() =>
        Find(Environment.GetEnvironmentVariable("LAB_ROOT"), [AppContext.BaseDirectory, Directory.GetCurrentDirectory()]);

    /// <summary>The rule behind <see cref="Root"/>: <paramref name="labRoot"/> if given, else the first folder holding Lab.sln above any start folder.</summary>
    public static string Find(string? labRoot, IReadOnlyList<string> startFolders)
    {
        var fromEnv = labRoot;
        if (!string.IsNullOrWhiteSpace(fromEnv))
        {
            var full = Path.GetFullPath(fromEnv);
            if (!File.Exists(Path.Combine(full, Marker)))
                throw new DirectoryNotFoundException($"LAB_ROOT is '{fromEnv}', but that folder has no {Marker}; set LAB_ROOT to the repository root or unset it.");
            return full;
        }

        foreach (var start in startFolders)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, Marker)))
                    return dir.FullName;
        }

        throw new DirectoryNotFoundException(
            $"Cannot find the repository root: no {Marker} in or above {string.Join(" or ", startFolders.Select(f => $"'{f}'"))}. " +
            "Run from inside the repository or set LAB_ROOT to its path.");
    }
}
