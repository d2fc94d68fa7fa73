using Lab.Testing;
using Lab.Workshop.Exercises;

namespace Lab.Workshop.Tests;

[Collection("dynamodb-local")]
public sealed class EmployeeExercisesTests(DynamoDbLocalFixture engine)
{
    private static Task<WorkshopWorld>? world;

    private Task<WorkshopWorld> LoadedAsync() => world ??= LoadAsync();

    private async Task<WorkshopWorld> LoadAsync()
    {
        var w = await WorkshopWorld.CreateAsync(engine, WorkshopWorld.EmployeeTables);
        await LoadEmployeesExercise.RunAsync(w.Target, WorkshopWorld.Quiet, "employees", w.Files.Employees);
        return w;
    }

    [Fact]
    public async Task Query_by_state_returns_every_employee_of_each_state()
    {
        var w = await LoadedAsync();
        var expected = ExpectedRows.Employees(w.Files.Employees);
        foreach (var state in expected.Select(e => e.State).Distinct())
        {
            var result = await QueryEmployeesExercise.RunAsync(w.Target, WorkshopWorld.Quiet, "employees", "state", state);
            Assert.Equal(expected.Where(e => e.State == state).Select(e => e.Id).Order(), result.Employees.Select(e => e.EmployeeId).Order());
        }
    }

    [Fact]
    public async Task Query_by_titles_and_name_uses_the_overloaded_index()
    {
        var w = await LoadedAsync();
        var expected = ExpectedRows.Employees(w.Files.Employees);
        var title = expected[0].Title;
        var previous = expected[1].PreviousTitle;
        var name = expected[2].Name;

        var current = await QueryEmployeesExercise.RunAsync(w.Target, WorkshopWorld.Quiet, "employees", "current_title", title);
        var former = await QueryEmployeesExercise.RunAsync(w.Target, WorkshopWorld.Quiet, "employees", "previous_title", previous);
        var byName = await QueryEmployeesExercise.RunAsync(w.Target, WorkshopWorld.Quiet, "employees", "name", name);

        Assert.Equal(expected.Count(e => e.Title == title), current.Count);
        Assert.Equal(expected.Count(e => e.PreviousTitle == previous), former.Count);
        Assert.Equal(expected.Where(e => e.Name == name).Select(e => e.Id).Order(), byName.Employees.Select(e => e.EmployeeId).Order());
    }

    [Fact]
    public async Task Managers_same_answer_but_the_sparse_index_scans_only_managers()
    {
        var w = await LoadedAsync();
        var expected = ExpectedRows.Employees(w.Files.Employees);
        var managers = expected.Count(e => e.Manager);
        Assert.True(managers > 0, "the generated data must contain managers");

        var scan = await ManagersExercise.RunAsync(w.Target, WorkshopWorld.Quiet, "employees", useIndex: false, pageSize: 100);
        var index = await ManagersExercise.RunAsync(w.Target, WorkshopWorld.Quiet, "employees", useIndex: true, pageSize: 100);

        Assert.Equal(managers, scan.Managers);
        Assert.Equal(managers, index.Managers);
        Assert.Equal(expected.Count * 4, scan.ScannedCount); // master + current_title + previous_title + state items
        Assert.Equal(managers, index.ScannedCount);
    }

    [Fact]
    public async Task City_dept_query_by_state_city_and_city_dept_prefix()
    {
        var w = await LoadedAsync();
        var expected = ExpectedRows.Employees(w.Files.Employees);
        var sample = expected[3];
        var prefixes = new[] { (string?)null, sample.City, $"{sample.City}:{sample.Dept[..2]}" };
        foreach (var prefix in prefixes)
        {
            var result = await QueryCityDeptExercise.RunAsync(w.Target, WorkshopWorld.Quiet, "employees", sample.State, prefix);
            var want = expected.Where(e => e.State == sample.State && (prefix is null || $"{e.City}:{e.Dept}".StartsWith(prefix, StringComparison.Ordinal)));
            Assert.Equal(want.Select(e => e.Id).Order(), result.Employees.Select(e => e.EmployeeId).Order());
        }
    }
}
