using System.Collections.Immutable;
using Amazon.DynamoDBv2.Model;
using Lab.Classroom.Rehearsal;
using Lab.Infra.Planning;
using Lab.Local;
using Lab.Scenarios;

namespace Lab.Classroom.Tests;

/// <summary>
/// The isolation checks of `lab class local` pass on a class whose students share the local engines, and fail when
/// something of one student reaches another: a shared name, a reference, an item.
/// </summary>
public sealed class IsolationTests
{
    private static readonly string PublishDirectory = Directory.CreateTempSubdirectory("lab-isolation-publish-").FullName;

    [Fact]
    public async Task Students_sharing_the_engines_stay_apart_until_an_item_of_one_is_written_into_anothers_table()
    {
        await using var engines = await LocalEngines.StartAsync();
        var stacks = new Dictionary<string, LocalStack>();
        try
        {
            foreach (var student in new[] { "ann", "ben", "cat" })
            {
                var config = new Dictionary<string, string> { ["labs"] = "gameScores", ["student"] = student };
                stacks[student] = await LocalStack.DeployAsync(engines, config, PublishDirectory, _ => { });
            }
            var runs = stacks.Values.Select(stack => LocalRun.RunScenariosAsync(engines, stack, [new GameScoresScenario()], _ => { }, null)).ToList();
            foreach (var run in runs) Assert.All(await run, check => Assert.True(check.Pass, $"{check.Check}: {check.Actual}"));
            var plans = stacks.ToDictionary(s => s.Key, s => s.Value.Plan);

            var clean = await IsolationChecks.ForeignItemsAsync(engines.DynamoDb, plans);
            Assert.All(clean, row => Assert.True(row.Check.Pass, $"{row.Student}: {row.Check.Actual}"));
            Assert.All(clean, row => Assert.DoesNotContain("(0 items scanned)", row.Check.Check));

            // One of ann's records, as a leak would put it, in ben's table.
            var annRecords = stacks["ann"].Outputs.TableName("gameScores", "GameScoreRecords");
            var leaked = (await TableItems.ScanAsync(engines.DynamoDb, annRecords)).First(item => item.ContainsKey("RunId"));
            leaked["RecordID"] = new AttributeValue { N = "999" };
            await engines.DynamoDb.PutItemAsync(new PutItemRequest { TableName = stacks["ben"].Outputs.TableName("gameScores", "GameScoreRecords"), Item = leaked });

            var rows = (await IsolationChecks.ForeignItemsAsync(engines.DynamoDb, plans)).ToDictionary(r => r.Student);
            Assert.False(rows["ann"].Check.Pass);
            Assert.False(rows["ben"].Check.Pass);
            Assert.True(rows["cat"].Check.Pass);
            Assert.Contains(leaked["RunId"].S, rows["ben"].Check.Actual);
            Assert.Contains("ann's GameScoreRecords", rows["ben"].Check.Actual);
        }
        finally
        {
            foreach (var stack in stacks.Values) await stack.DisposeAsync();
        }
    }

    [Fact]
    public async Task Two_stacks_with_one_student_name_share_every_physical_name()
    {
        var ann = await Plan("ann");
        var annAgain = await Plan("ann");
        var ben = await Plan("ben");

        Assert.True(IsolationChecks.SharedNames(new Dictionary<string, StackPlan> { ["ann"] = ann, ["ben"] = ben }).Check.Pass);
        var shared = IsolationChecks.SharedNames(new Dictionary<string, StackPlan> { ["ann"] = ann, ["ann2"] = annAgain }).Check;
        Assert.False(shared.Pass);
        Assert.Contains("GameScoreRecords-ann-", shared.Actual);
    }

    [Fact]
    public async Task A_resource_that_names_another_students_table_is_found()
    {
        var ann = await Plan("ann");
        var ben = await Plan("ben");
        Assert.All(IsolationChecks.ForeignReferences(new Dictionary<string, StackPlan> { ["ann"] = ann, ["ben"] = ben }), row => Assert.True(row.Check.Pass));

        var bensTable = PhysicalNames.Tables(ben).Single(t => t.Logical == "GameScoresByUser").Physical;
        var function = ann.Resources.Single(r => r.Type == "aws:lambda/function:Function");
        var rewired = function with
        {
            Inputs = function.Inputs.SetItem("environment", ImmutableDictionary<string, object>.Empty
                .Add("variables", ImmutableDictionary<string, object>.Empty.Add("AGGREGATE_TABLE", bensTable))),
        };
        var annRewired = ann with { Resources = ann.Resources.Select(r => r == function ? rewired : r).ToList() };

        var rows = IsolationChecks.ForeignReferences(new Dictionary<string, StackPlan> { ["ann"] = annRewired, ["ben"] = ben }).ToDictionary(r => r.Student);
        Assert.False(rows["ann"].Check.Pass);
        Assert.Contains($"names {bensTable} (ben)", rows["ann"].Check.Actual);
        Assert.True(rows["ben"].Check.Pass);
    }

    private static Task<StackPlan> Plan(string student) =>
        StackEvaluator.EvaluateAsync(student, new Dictionary<string, string> { ["labs"] = "gameScores", ["student"] = student }, PublishDirectory);
}
