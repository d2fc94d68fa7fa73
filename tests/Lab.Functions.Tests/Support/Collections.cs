using Lab.Testing;

namespace Lab.Functions.Tests.Support;

// xunit v2 only sees collection definitions in the test assembly itself, so the shared fixtures are bound here.

[CollectionDefinition("dynamodb-local")]
public sealed class DynamoDbLocalTests : ICollectionFixture<DynamoDbLocalFixture>;

[CollectionDefinition("kinesalite")]
public sealed class KinesaliteTests : ICollectionFixture<KinesaliteFixture>;

/// <summary>The event-driven pipeline needs both engines.</summary>
[CollectionDefinition("event-driven")]
public sealed class EventDrivenTests : ICollectionFixture<DynamoDbLocalFixture>, ICollectionFixture<KinesaliteFixture>;
