using Lab.Infra.Packaging;

namespace Lab.Cli;

/// <summary>The functions' publish directory the stack's archives point at; published once, reused while present.</summary>
public static class PublishedFunctions
{
    public static string Ensure(string root)
    {
        if (FunctionPackage.Latest(root) is { } published) return published;
        Console.Error.WriteLine("lab: publishing functions/ (Release, deterministic) ...");
        return FunctionPackage.PublishContentAddressed(root);
    }
}
