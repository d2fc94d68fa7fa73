using Lab.Testing;

namespace Lab.Workshop.Tests;

// xunit 2 only honours collection definitions declared in the test assembly itself,
// so the shared fixture is bound to the "dynamodb-local" collection here.
[CollectionDefinition("dynamodb-local")]
public sealed class DynamoDbLocalCollection : ICollectionFixture<DynamoDbLocalFixture>;
