using System.Reflection;
using Pulumi;

namespace Lab.Offline.Tests;

public sealed class RunAsyncTests : IDisposable
{
    private readonly TextWriter _savedError = Console.Error;

    public void Dispose()
    {
        Console.SetError(_savedError);
        Environment.ExitCode = 0;
    }

    public sealed class EmptyStack : Stack
    {
    }

    [Fact]
    public async Task RunAsync_refuses_to_deploy_with_a_clear_message_and_a_failing_exit_code()
    {
        var error = new StringWriter();
        Console.SetError(error);
        var version = typeof(Deployment).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        var exitCodes = new[]
        {
            await Deployment.RunAsync<EmptyStack>(),
            await Deployment.RunAsync(() => { }),
            await Deployment.RunAsync(() => Task.CompletedTask),
        };

        Assert.All(exitCodes, code => Assert.NotEqual(0, code));
        Assert.Matches(@"^\d+\.\d+\.\d+$", version);
        Assert.Contains(
            "This build uses the offline Pulumi facade (LabSdk=offline); deploying needs the real Pulumi SDK: " +
            $"build with -p:LabSdk=real on a machine whose NuGet has Pulumi {version}.",
            error.ToString());
    }
}
