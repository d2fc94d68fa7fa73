using Lab.Functions.Hosting;
using Lab.Local.Deployment;

namespace Lab.Local.Emulation;

/// <summary>What the emulated triggers call to run a function; the in-process host in local mode.</summary>
public interface IFunctionRunner
{
    /// <param name="settings">Extra environment for this invocation only.</param>
    Task<InvocationResult> InvokeAsync(DeclaredFunction function, string eventJson, IReadOnlyDictionary<string, string>? settings = null);
}
