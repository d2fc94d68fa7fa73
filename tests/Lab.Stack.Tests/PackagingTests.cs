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

    [Fact]
    public async Task Two_stacks_publishing_at_once_from_one_checkout_each_get_a_whole_archive_at_one_content_address()
    {
        // A class deploys many stacks from one checkout at the same time; each `pulumi up` publishes functions/.
        var copy = CleanCopy();
        var runs = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => FunctionPackage.PublishContentAddressed(copy, sdk: "offline"))));

        Assert.Equal(runs[0], runs[1]);
        Assert.StartsWith(FunctionPackage.FolderPrefix, Path.GetFileName(runs[0]));
        Assert.Equal(Path.GetFileName(runs[0])[FunctionPackage.FolderPrefix.Length..], FunctionPackage.ContentHash(runs[0]));
        Assert.Contains("Lab.Functions.dll", Hashes(runs[0]).Keys);
        Assert.Equal(runs[0], FunctionPackage.Latest(copy));
        // Nothing half-written is left beside it.
        Assert.Equal([runs[0]], Directory.GetDirectories(Path.GetDirectoryName(runs[0])!));

        // An unchanged tree publishes to the same address: the archive's hash, and so the preview, do not change.
        Assert.Equal(runs[0], FunctionPackage.PublishContentAddressed(copy, sdk: "offline"));
    }

    [Fact]
    public void A_publish_lock_held_by_another_run_is_waited_for_then_reported_with_the_file()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("lab-lock-").FullName, ".lock");
        using (var first = PublishLock.Acquire(path, TimeSpan.FromSeconds(1)))
        {
            var error = Assert.Throws<TimeoutException>(() => PublishLock.Acquire(path, TimeSpan.FromMilliseconds(500)));
            Assert.Contains(path, error.Message);
        }
        using var again = PublishLock.Acquire(path, TimeSpan.FromSeconds(1));
    }

    private static Dictionary<string, string> PublishFromCleanCopy()
    {
        var copy = CleanCopy();
        var output = Path.Combine(copy, "publish");
        FunctionPackage.Publish(copy, output, sdk: "offline");
        AssertArm64ReadyToRun(Path.Combine(output, "Lab.Functions.dll"));
        return Hashes(output);
    }

    // A ReadyToRun image carries native code for one machine next to its IL: the CLR header points at a
    // ManagedNativeHeader, and the PE machine is the CPU XOR the target OS's value (crossgen2's encoding; Linux is 0x7B79).
    private static void AssertArm64ReadyToRun(string assembly)
    {
        const int LinuxMachineXor = 0x7B79;
        using var pe = new System.Reflection.PortableExecutable.PEReader(File.OpenRead(assembly));
        Assert.Equal((int)System.Reflection.PortableExecutable.Machine.Arm64 ^ LinuxMachineXor, (int)pe.PEHeaders.CoffHeader.Machine);
        Assert.True(pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, $"{assembly} is not a ReadyToRun image");
    }

    private static string CleanCopy()
    {
        var root = RepoPaths.Root;
        var copy = Directory.CreateTempSubdirectory("lab-clean-").FullName;
        foreach (var source in Sources) Copy(Path.Combine(root, source), Path.Combine(copy, source));
        File.WriteAllText(Path.Combine(copy, "Lab.sln"), "");
        return copy;
    }

    private static Dictionary<string, string> Hashes(string output) =>
        Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).ToDictionary(
            file => Path.GetRelativePath(output, file),
            file => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file))));

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
