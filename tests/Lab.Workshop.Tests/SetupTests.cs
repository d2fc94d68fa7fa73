using Lab.Testing;
using Lab.Workshop.Exercises;
using Lab.Workshop.Target;

namespace Lab.Workshop.Tests;

[Collection("dynamodb-local")]
public sealed class SetupTests(DynamoDbLocalFixture engine)
{
    [Fact]
    public async Task Setup_creates_every_declared_table_writes_the_outputs_and_is_idempotent()
    {
        var directory = Path.Combine(Path.GetTempPath(), "lab-workshop-tests", UniqueNames.Next("setup"));
        var outputsFile = Path.Combine(directory, "outputs.json");
        var declarations = new DesignPatternsDeclarations(engine.UniqueName);

        var first = await SetupExercise.RunAsync(declarations, engine.Endpoint, "alice", DynamoDbLocalFixture.Region, outputsFile, WorkshopWorld.Quiet);
        var outputs = WorkshopOutputs.Read(outputsFile);

        Assert.Equal(["employees", "tlog", "tlog_gsi_low", "tlog_replica", "tlog_scan"], outputs.Tables.Keys.Order());
        Assert.Equal("alice", outputs.Student);
        Assert.NotNull(outputs.Tables["tlog"].StreamArn);
        Assert.Null(outputs.Tables["tlog_scan"].StreamArn);
        using var client = engine.CreateClient();
        foreach (var (key, table) in outputs.Tables)
        {
            Assert.StartsWith(key + "-", table.Name);
            Assert.Equal(table.Arn, (await client.DescribeTableAsync(table.Name)).Table.TableArn);
        }

        // The same declarations (same names) again: nothing to create, same answers.
        var names = outputs.Tables.ToDictionary(t => t.Key, t => t.Value.Name);
        var again = await SetupExercise.RunAsync(new DesignPatternsDeclarations(prefix => names[prefix]), engine.Endpoint, "alice", DynamoDbLocalFixture.Region, null, WorkshopWorld.Quiet);
        Assert.Equal(first.Tables.OrderBy(t => t.Key), again.Tables.OrderBy(t => t.Key));
    }
}
