using Lab.Engines;
using Lab.Infra.Packaging;
using System.Security.Cryptography;

namespace Lab.Stack.Tests;

/// <summary>
/// The functions' archive is the publish directory, which Pulumi hashes by content: two clean builds in
/// different places must give byte-identical files, or every `pulumi preview` would show a diff.
/// </summary>
public class PackagingTests
{
    private static readonly string[] Sources = ["functions", "streams", "offline", "build", "Directory.Build.props", "Directory.Build.targets"];

    [Fact]
    public void Two_clean_publishes_of_the_functions_give_identical_files()
    {
        var first = PublishFromCleanCopy();
        var second = PublishFromCleanCopy();

        Assert.Contains("Lab.Functions.dll", first.Keys);
        Assert.True(first.Count > 5, $"only {first.Count} files published");
        Assert.Equal(first.Keys.Order(), second.Keys.Order());
        foreach (var (file, hash) in first)
            Assert.True(hash == second[file], $"{file} differs between two clean publishes");
    }

    private static Dictionary<string, string> PublishFromCleanCopy()
    {
        var root = RepoPaths.Root;
        var copy = Directory.CreateTempSubdirectory("lab-clean-").FullName;
        foreach (var source in Sources) Copy(Path.Combine(root, source), Path.Combine(copy, source));
        File.WriteAllText(Path.Combine(copy, "Lab.sln"), "");
        var output = Path.Combine(copy, "publish");
        FunctionPackage.Publish(copy, output, sdk: "offline");
        return Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).ToDictionary(
            file => Path.GetRelativePath(output, file),
            file => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file))));
    }

    private static void Copy(string from, string to)
    {
        if (File.Exists(from))
        {
            File.Copy(from, to);
            return;
        }
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj")) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(to, relative))!);
            File.Copy(file, Path.Combine(to, relative));
        }
    }
}
