using Lab.Infra.Naming;

namespace Lab.Stack.Tests;

public class NamingTests
{
    [Fact]
    public async Task A_student_name_that_cannot_fit_a_function_name_fails_at_preview_naming_the_limit()
    {
        // "AggregateScoresByUser" (21) + 2 dashes + 4-character suffix leave 37 characters for the student.
        await StackRun.EvaluateAsync("fits", ("labs", "[\"gameScores\"]"), ("student", new string('s', 37)));

        // The real Deployment.TestAsync carries the program's exception as text only (a RunException without an
        // inner exception), so the preview's message is what is checked.
        var student = new string('s', 38);
        var error = await Assert.ThrowsAnyAsync<Exception>(() =>
            StackRun.EvaluateAsync("tooLong", ("labs", "[\"gameScores\"]"), ("student", student)));
        Assert.Contains(nameof(NameTooLongException), error.Message);
        Assert.Contains($"'{student}'", error.Message);
        Assert.Contains("Lambda function name 'AggregateScoresByUser-", error.Message);
        Assert.Contains("would be 65 characters, AWS allows 64", error.Message);
        Assert.Contains("at most 37 characters", error.Message);
    }

    [Fact]
    public void The_name_check_names_the_student_the_resource_kind_and_the_limit()
    {
        var naming = new StudentNaming("a-very-long-student-name-indeed-x", Pulumi.Output.Create("beef"));
        var error = Assert.Throws<NameTooLongException>(() =>
            naming.Name("AggregateScoresByUser-failures-and-more", NameLimits.LambdaFunction, "Lambda function"));
        Assert.Contains("'a-very-long-student-name-indeed-x'", error.Message);
        Assert.Contains("Lambda function", error.Message);
        Assert.Contains("AWS allows 64", error.Message);
        Assert.Contains("at most 19 characters", error.Message);
    }

    [Fact]
    public async Task Two_students_never_share_a_physical_name()
    {
        var alice = await StackRun.GameScoresAsync("alice");
        var bob = await StackRun.GameScoresAsync("bob");

        static IEnumerable<string> Names(Lab.Infra.Planning.StackPlan plan) =>
            plan.Resources.Where(r => r.Inputs.ContainsKey("name")).Select(r => (string)r.Inputs["name"])
                .Where(name => name.Contains("alice") || name.Contains("bob"));

        var aliceNames = Names(alice).ToHashSet();
        Assert.NotEmpty(aliceNames);
        Assert.Empty(aliceNames.Intersect(Names(bob)));
        Assert.Equal(Names(alice).Count(), Names(bob).Count());
    }

    [Fact]
    public async Task The_suffix_is_stable_for_a_student_across_evaluations()
    {
        var first = await StackRun.GameScoresAsync("carol");
        var second = await StackRun.GameScoresAsync("carol");
        Assert.Equal(
            first.Resources.Select(r => r.Inputs.GetValueOrDefault("name")),
            second.Resources.Select(r => r.Inputs.GetValueOrDefault("name")));
    }
}
