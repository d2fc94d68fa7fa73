using Lab.Functions.Hosting;

namespace Lab.Functions.Tests.Support;

/// <summary>A Lambda context whose log lines the test can read.</summary>
public static class TestContext
{
    public static (InProcessLambdaContext Context, CapturingLambdaLogger Logger) For(string functionName)
    {
        var logger = new CapturingLambdaLogger();
        return (new InProcessLambdaContext(functionName, TimeSpan.FromMinutes(5), logger), logger);
    }
}
