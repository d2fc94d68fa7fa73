using Amazon.DynamoDBv2.Model;
using Lab.Testing;
using Lab.Workshop.Data;
using Lab.Workshop.Exercises;

namespace Lab.Workshop.Tests;

[Collection("dynamodb-local")]
public sealed class TransactionLockingTests(DynamoDbLocalFixture engine)
{
    private async Task<(WorkshopWorld World, ExpectedEmployee Employee, string NewState)> LoadedAsync()
    {
        var w = await WorkshopWorld.CreateAsync(engine, WorkshopWorld.EmployeeTables, employees: 20);
        await LoadEmployeesExercise.RunAsync(w.Target, WorkshopWorld.Quiet, "employees", w.Files.Employees);
        var employee = ExpectedRows.Employees(w.Files.Employees)[10];
        return (w, employee, employee.State == "OR" ? "IL" : "OR");
    }

    [Fact]
    public async Task Two_concurrent_updates_exactly_one_wins_the_other_is_refused_as_locked()
    {
        var (w, employee, newState) = await LoadedAsync();
        // Long enough that the second updater surely tries while the first holds the lock, even on a loaded machine.
        var hold = TimeSpan.FromSeconds(3);
        var ttl = TimeSpan.FromSeconds(30);

        var first = UpdateEmployeeExercise.RunAsync(w.Target, WorkshopWorld.Quiet, "employees", new(employee.Id, newState, "Portland", "Operation", hold, ttl));
        var second = UpdateEmployeeExercise.RunAsync(w.Target, WorkshopWorld.Quiet, "employees", new(employee.Id, "TX", "Dallas", "Support", hold, ttl));
        var results = await Task.WhenAll(first, second);

        Assert.Single(results, r => r.Updated);
        var loser = Assert.Single(results, r => !r.Updated);
        Assert.True(loser.Locked);
        var winner = results.Single(r => r.Updated);
        await AssertEmployeeAsync(w, employee, winner.NewState!, winner.NewCity!);
    }

    [Fact]
    public async Task A_crashed_lock_blocks_until_it_expires_then_is_taken_over_and_released()
    {
        var (w, employee, newState) = await LoadedAsync();
        var table = w.Target.Outputs.TableName("employees");
        using (var client = engine.CreateClient())
        {
            // The "crash": a lock taken and never released.
            var crashed = await EmployeeLock.AcquireAsync(client, table, employee.Id, "crashed-updater", TimeSpan.FromSeconds(3), CancellationToken.None);
            Assert.True(crashed.Acquired);
        }
        var options = new UpdateEmployeeOptions(employee.Id, newState, "Portland", "Operation", TimeSpan.Zero, TimeSpan.FromSeconds(30));

        var blocked = await UpdateEmployeeExercise.RunAsync(w.Target, WorkshopWorld.Quiet, "employees", options);
        Assert.False(blocked.Updated);
        Assert.Equal("crashed-updater", blocked.LockedBy);

        await Task.Delay(TimeSpan.FromSeconds(3.3));
        var takeover = await UpdateEmployeeExercise.RunAsync(w.Target, WorkshopWorld.Quiet, "employees", options);
        Assert.True(takeover.Updated);
        Assert.Equal("crashed-updater", takeover.TookOverFrom);
        await AssertEmployeeAsync(w, employee, newState, "Portland");
    }

    [Fact]
    public async Task An_unknown_employee_is_a_clear_error()
    {
        var (w, _, _) = await LoadedAsync();
        var e = await Assert.ThrowsAsync<WorkshopException>(() => UpdateEmployeeExercise.RunAsync(w.Target, WorkshopWorld.Quiet, "employees",
            new(999_999, "OR", "Portland", "Operation", TimeSpan.Zero, TimeSpan.FromSeconds(30))));
        Assert.Contains("employee 999999 not found", e.Message);
    }

    /// <summary>The update landed, the state: item moved, and nothing is left locked.</summary>
    private async Task AssertEmployeeAsync(WorkshopWorld w, ExpectedEmployee employee, string state, string city)
    {
        using var client = engine.CreateClient();
        var table = w.Target.Outputs.TableName("employees");
        var items = (await client.QueryAsync(new QueryRequest(table)
        {
            KeyConditionExpression = "employeeid = :id",
            ExpressionAttributeValues = new() { [":id"] = new AttributeValue { N = employee.Id.ToString() } },
            ConsistentRead = true,
        })).Items;
        var master = items.Single(i => i["colA"].S == EmployeeItems.Master);
        Assert.Equal(state, master["state"].S);
        Assert.Equal(city, master["city"].S);
        Assert.StartsWith(city + ":", master["city_dept"].S);
        Assert.Equal("0", master["lock"].S);
        Assert.False(master.ContainsKey("lock_owner"));
        Assert.False(master.ContainsKey("lock_expires"));
        Assert.Equal([$"state:{state}"], items.Select(i => i["colA"].S).Where(c => c.StartsWith("state:")).ToArray());
        Assert.Equal(4, items.Count);
    }
}
