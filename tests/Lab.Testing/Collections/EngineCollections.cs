// Shared source, compiled into each test project rather than into Lab.Testing: xunit 2 only honours
// [CollectionDefinition] classes that live in the test assembly itself. Include it with
//   <Compile Include="../Lab.Testing/Collections/EngineCollections.cs" Link="EngineCollections.cs" />
using Lab.Testing;
using Xunit;

namespace Lab.Testing.Collections;

/// <summary>Tests marked [Collection("dynamodb-local")] share one DynamoDB Local.</summary>
[CollectionDefinition("dynamodb-local")]
public sealed class DynamoDbLocalCollection : ICollectionFixture<DynamoDbLocalFixture>;

/// <summary>Tests marked [Collection("kinesalite")] share one kinesalite.</summary>
[CollectionDefinition("kinesalite")]
public sealed class KinesaliteCollection : ICollectionFixture<KinesaliteFixture>;
