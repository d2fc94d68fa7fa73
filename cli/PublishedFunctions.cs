using Lab.Infra.Packaging;

namespace Lab.Cli;

/// <summary>The functions' publish directory the stack's archives point at; published once, reused while present.</summary>
public static class PublishedFunctions
{
    public static string Ensure(string root)
    {
        var directory = Path.Combine(root, "artifacts", "publish", "functions");
        if (!Directory.Exists(directory) || !Directory.EnumerateFiles(directory).Any())
        {
            Console.Error.WriteLine("lab: publishing functions/ (Release, deterministic) ...");
            FunctionPackage.Publish(root, directory);
        }
        return directory;
    }
}
