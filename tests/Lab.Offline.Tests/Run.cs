using System.Collections.Immutable;
using Pulumi;
using Pulumi.Testing;

namespace Lab.Offline.Tests;

/// <summary>Shorthands for running a program under the mocks.</summary>
public static class Run
{
    public static TestOptions Preview => new() { ProjectName = "lab", StackName = "dev" };

    public static TestOptions Update => new() { ProjectName = "lab", StackName = "dev", IsPreview = false };

    public static Task<ImmutableArray<Resource>> ProgramAsync(IMocks mocks, Action program, TestOptions? options = null)
        => Deployment.TestAsync(mocks, options ?? Update, program);

    /// <summary>Runs a program and hands back the one value it produced (e.g. a resource).</summary>
    public static async Task<T> CreateAsync<T>(IMocks mocks, Func<T> program, TestOptions? options = null)
    {
        T created = default!;
        await Deployment.TestAsync(mocks, options ?? Update, () => { created = program(); });
        return created;
    }
}
