namespace Lab.Engines;

/// <summary>
/// kinesalite (npm), an in-memory Kinesis, on a free port of 127.0.0.1 only (through
/// engines/launchers/loopback-kinesalite.js: its cli.js has no host option and would listen on every interface).
/// </summary>
public sealed class Kinesalite : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = StartTimeouts.FromEnvironmentOr(TimeSpan.FromSeconds(120));

    /// <summary>How long streams stay CREATING/DELETING/UPDATING; kinesalite's default of 500 ms slows every test.</summary>
    public const int StateChangeMilliseconds = 50;

    /// <summary>kinesalite refuses more shards than this in total (its default is 10, too few for a class rehearsal).</summary>
    public const int ShardLimit = 1000;

    private readonly EngineProcess process;

    private Kinesalite(EngineProcess process) => this.process = process;

    /// <summary>"http://127.0.0.1:&lt;port&gt;".</summary>
    public string Endpoint => process.Endpoint;
    public int Port => process.Port;

    /// <summary>Null while it runs; what happened once it has died.</summary>
    public string? ExitDescription => process.ExitDescription;

    public static Task<Kinesalite> StartAsync(CancellationToken ct = default) => StartAsync(RepoPaths.Root, ct);

    /// <param name="repositoryRoot">The folder whose node_modules/kinesalite holds cli.js.</param>
    public static async Task<Kinesalite> StartAsync(string repositoryRoot, CancellationToken ct = default)
    {
        var package = Path.Combine(repositoryRoot, "node_modules", "kinesalite");
        if (!File.Exists(Path.Combine(package, "index.js")))
            throw new EngineStartException($"kinesalite: '{package}' is missing; run `npm ci --ignore-scripts` in '{repositoryRoot}'.");
        var launcher = Path.Combine(repositoryRoot, "engines", "launchers", "loopback-kinesalite.js");
        if (!File.Exists(launcher))
            throw new EngineStartException($"kinesalite: the launcher '{launcher}' is missing from the checkout.");

        var delay = StateChangeMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var spec = new EngineSpec(
            Name: "kinesalite",
            Executable: "node",
            MissingExecutableHint: "install Node.js 20 (the version package.json expects)",
            Arguments: port =>
            [
                launcher, package, port.ToString(System.Globalization.CultureInfo.InvariantCulture), delay, delay, delay,
                ShardLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ],
            WorkingDirectory: package,
            IsReadyAsync: (endpoint, token) => ReadinessProbe.AnswersAsync(endpoint, "Kinesis_20131202.ListStreams", "application/x-amz-json-1.1", token),
            StartTimeout: StartTimeout);
        return new Kinesalite(await EngineProcess.StartAsync(spec, ct));
    }

    public ValueTask DisposeAsync() => process.DisposeAsync();
}
