using Pulumi;

namespace Lab.Offline.Tests;

/// <summary>
/// Real SDK (Deployment/Deployment_Run.cs, Deployment.cs, v3.90.0): run without the engine, every RunAsync overload
/// returns a task that faults with InvalidOperationException; it prints nothing and sets no exit code.
/// </summary>
public sealed class RunAsyncTests
{
    public sealed class EmptyStack : Stack
    {
    }

    [Fact]
    public async Task RunAsync_without_the_engine_faults_with_the_real_message_and_prints_nothing()
    {
        var savedError = Console.Error;
        var printed = new StringWriter();
        Console.SetError(printed);
        var savedExitCode = Environment.ExitCode;
        try
        {
            Environment.ExitCode = 0;
            var runs = new Func<Task<int>>[]
            {
                () => Deployment.RunAsync<EmptyStack>(),
                () => Deployment.RunAsync(() => { }),
                () => Deployment.RunAsync(() => Task.CompletedTask),
                () => Deployment.RunAsync(() => new Dictionary<string, object?>()),
            };
            foreach (var run in runs)
            {
                var task = run();  // returned, not thrown
                var error = await Assert.ThrowsAsync<InvalidOperationException>(() => task);
                Assert.Equal("Program run without the Pulumi engine available; re-run using the `pulumi` CLI", error.Message);
            }

            Assert.Equal("", printed.ToString());
            Assert.Equal(0, Environment.ExitCode);
        }
        finally
        {
            Console.SetError(savedError);
            Environment.ExitCode = savedExitCode;
        }
    }
}
