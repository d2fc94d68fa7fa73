namespace Lab.Infra.Building;

/// <summary>
/// Handler strings of the functions in the published functions/ archive. A stack test checks that
/// each resolves to a public FunctionHandler method of the compiled assembly.
/// </summary>
public static class FunctionHandlers
{
    private const string Assembly = "Lab.Functions";

    public static string For(string labFolder, string className) =>
        $"{Assembly}::{Assembly}.{labFolder}.{className}::FunctionHandler";
}
