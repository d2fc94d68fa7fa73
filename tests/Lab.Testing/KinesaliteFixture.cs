using Lab.Engines;
using Xunit;

namespace Lab.Testing;

/// <summary>One kinesalite per test collection ("kinesalite"); tests isolate themselves with <see cref="UniqueName"/>.</summary>
public sealed class KinesaliteFixture : IAsyncLifetime
{
    public const string Region = "us-east-1";

    private Kinesalite? engine;

    public Kinesalite Engine => engine ?? throw new InvalidOperationException("kinesalite is not started yet: the fixture's InitializeAsync has not run.");
    public string Endpoint => Engine.Endpoint;

    public async Task InitializeAsync() => engine = await Kinesalite.StartAsync();

    public async Task DisposeAsync()
    {
        if (engine is not null) await engine.DisposeAsync();
    }

    /// <summary>A stream name no other test uses.</summary>
    public string UniqueName(string prefix) => UniqueNames.Next(prefix);
}

