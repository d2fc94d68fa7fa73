namespace Lab.Local.Tests.Support;

/// <summary>One DynamoDB Local + kinesalite pair for the whole suite: they take seconds to start, and every test isolates itself with unique table and stream names.</summary>
public sealed class LocalEnginesFixture : IAsyncLifetime
{
    private LocalEngines? engines;

    public LocalEngines Engines => engines ?? throw new InvalidOperationException("The local engines are not started yet: the fixture's InitializeAsync has not run.");

    public async Task InitializeAsync() => engines = await LocalEngines.StartAsync();

    public async Task DisposeAsync()
    {
        if (engines is not null) await engines.DisposeAsync();
    }
}

/// <summary>Tests marked [Collection(LocalEnginesCollection.Name)] share one <see cref="LocalEnginesFixture"/> and run one after another, which also keeps timing-sensitive tests off each other's CPU.</summary>
[CollectionDefinition(Name)]
public sealed class LocalEnginesCollection : ICollectionFixture<LocalEnginesFixture>
{
    public const string Name = "local-engines";
}
