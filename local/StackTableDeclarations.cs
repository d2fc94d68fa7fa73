using Lab.Engines;
using Lab.Infra.Planning;

namespace Lab.Local;

/// <summary>
/// The tables a lab declares, read from the stack program itself (evaluated offline with the config of
/// Pulumi.&lt;stack&gt;.yaml), so `lab workshop setup` creates exactly what `pulumi up` would.
/// </summary>
public sealed class StackTableDeclarations(string stackName, string? repositoryRoot = null) : ITableDeclarationSource
{
    public async Task<IReadOnlyList<DeclaredTable>> GetTablesAsync(string lab, CancellationToken ct = default)
    {
        var configPath = StackConfigFile.PathFor(repositoryRoot ?? RepoPaths.Root, stackName);
        var config = new Dictionary<string, string>(StackConfigFile.Read(configPath)) { ["labs"] = lab };
        // Only the tables matter here; the functions' archive path is recorded, never read.
        var plan = await StackEvaluator.EvaluateAsync(stackName, config, Path.GetTempPath());
        return plan.OfType("aws:dynamodb/table:Table")
            .Where(table => table.Parent == lab)
            .Select(table => new DeclaredTable(table.Name, table.Inputs.ToDictionary(pair => pair.Key, pair => (object?)pair.Value)))
            .ToList();
    }
}
